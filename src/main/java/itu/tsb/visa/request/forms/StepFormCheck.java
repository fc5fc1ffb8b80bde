package itu.tsb.visa.request.forms;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import itu.tsb.visa.request.StepForms;
import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.InvalidInput;
import itu.tsb.visa.shared.forms.CamundaForm;
import itu.tsb.visa.shared.web.ReaderLanguage;

/**
 * Each submission checked against its step's deployed form before the domain's rules: what the form
 * requires, its lengths, patterns, ranges and options. Refusals are worded in the reader's language.
 */
@Component
public class StepFormCheck {

    /** The options the server knows itself; meetings and entities are checked by the domain's rules. */
    private final Map<String, Predicate<String>> options;

    private final StepForms forms;
    private final ObjectMapper json;
    private final Map<String, CamundaForm> parsed = new ConcurrentHashMap<>();

    StepFormCheck(StepForms forms, ObjectMapper json, RepresentationChoice representations) {
        this.forms = forms;
        this.json = json;
        this.options = Map.of("countries", IsoCountries::isValid, "representations", representations::offered);
    }

    /** The step's form, as the pages render it. */
    public CamundaForm form(StepForms.Step step) {
        return parsed.computeIfAbsent(forms.json(step), CamundaForm::parse);
    }

    /** What the form does not accept in this body (the API's body, its fields named as the form's keys). */
    public List<FieldError> errors(StepForms.Step step, Object body) {
        return forStep(step).errors(body, "");
    }

    /** The step's deployed form, looked up once, to check many bodies (the persons of a round, the rows of a sheet). */
    public Check forStep(StepForms.Step step) {
        return new Check(form(step), ReaderLanguage.current());
    }

    /** One step's form in the reader's language. */
    public final class Check {
        private final CamundaForm form;
        private final String language;

        private Check(CamundaForm form, String language) {
            this.form = form;
            this.language = language;
        }

        /** What the form does not accept in this body, the fields named under {@code prefix} ("participants[1].details."). */
        public List<FieldError> errors(Object body, String prefix) {
            JsonNode data = json.valueToTree(body);
            return form.check(data, options, language).stream()
                    .map(e -> prefix.isEmpty() ? e : new FieldError(prefix + e.field(), e.message())).toList();
        }
    }

    /** Refuses the body with every field error the form finds. */
    public void check(StepForms.Step step, Object body) {
        List<FieldError> errors = errors(step, body);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** A country as a list offers it: its ISO 3166 alpha-2 code and its name. */
    public record Country(String value, String label) {
    }

    /** The countries, in the reader's language, in the order of their names. */
    public static List<Country> countries(String language) {
        Locale reader = "fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH;
        Collator order = Collator.getInstance(reader);
        return java.util.Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(reader)))
                .sorted(Comparator.comparing(Country::label, order)).toList();
    }
}
