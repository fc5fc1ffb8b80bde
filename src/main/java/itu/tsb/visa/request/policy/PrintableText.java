package itu.tsb.visa.request.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import itu.tsb.visa.request.LetterTypeface;
import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.text.Wording;

/**
 * Whether a text the letter prints can be printed: one line (no line break, tab or other control
 * character) of characters the letter's font draws. Checked wherever such a text is given (a submission,
 * a correction, a delegate sheet) and again before printing, so that nothing is approved that the letter
 * step would then fail on.
 */
@Component
public class PrintableText {

    private final LetterTypeface typeface;

    PrintableText(LetterTypeface typeface) {
        this.typeface = typeface;
    }

    /** The first reason the text cannot be printed, as words; empty when it prints (or is absent). */
    public Optional<Wording> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<Integer> control = text.codePoints().filter(PrintableText::isControl).boxed().findFirst();
        if (control.isPresent()) {
            return Optional.of(Wording.of("print.control", "code", codeOf(control.get())));
        }
        if (typeface.canDraw(text)) {
            return Optional.empty();
        }
        int bad = text.codePoints().filter(cp -> !typeface.canDraw(Character.toString(cp))).findFirst().orElse('?');
        return Optional.of(Wording.of("print.glyph", "character", Character.toString(bad), "code", codeOf(bad)));
    }

    /** Field errors for a text given under {@code field}. */
    List<FieldError> errors(String field, String text) {
        return problem(text).map(w -> List.of(new FieldError(field, w.english()))).orElse(List.of());
    }

    /** Field errors for every text of a person that the letter prints. */
    List<FieldError> errors(String prefix, PersonDetails p) {
        List<FieldError> errors = new ArrayList<>();
        printed(p).forEach((field, text) -> errors.addAll(errors(prefix + field, text)));
        return errors;
    }

    /** The texts of a person that the letter prints, by field. */
    public static Map<String, String> printed(PersonDetails p) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("familyName", p.familyName());
        fields.put("givenNames", p.givenNames());
        fields.put("function", p.function());
        fields.put("placeOfBirth", p.placeOfBirth());
        fields.put("passport.number", p.passportNumber());
        fields.put("passport.issuingAuthority", p.issuingAuthority());
        fields.put("swissRepresentation.city", p.representationCity());
        return fields;
    }

    /** Line and paragraph breaks, tabs and every other control character: the letter prints one line. */
    static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String codeOf(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
