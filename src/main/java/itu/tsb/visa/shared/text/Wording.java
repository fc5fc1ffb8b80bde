package itu.tsb.visa.shared.text;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Something said to people, kept as a code and its parameters and worded when read, in the reader's
 * language: "Received 18 May 2010; …" in English, "Reçue le 18 mai 2010 ; …" in French. The words are in
 * {@code words/messages*.properties}; a parameter is written {@code {name}} as it is, {@code {name,date}}
 * as a date the reader's way, and {@code {name,kind}} as the word for its value ({@code kind.VALUE} in the
 * same file; {@code {name,kindList}} for a comma-separated list of values; {@code {name,sub}} for the words
 * of the code {@code name} holds, with the same parameters).
 */
public record Wording(String code, Map<String, String> args) {

    public static final Locale FRENCH = Locale.FRENCH;
    private static final String BUNDLE = "words/messages";
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)(?:,(\\w+))?}");
    private static final ObjectMapper JSON = new ObjectMapper();

    public Wording {
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** A code and its parameters as name, value, name, value…: dates, enums and numbers as their codes. */
    public static Wording of(String code, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come as name, value pairs");
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            args.put((String) namesAndValues[i], value instanceof Enum<?> e ? e.name() : String.valueOf(value));
        }
        return new Wording(code, args);
    }

    /** Text that is already words (what a person wrote, or a record from before codes): said as it is. */
    public static Wording text(String text) {
        return of("text", "text", text);
    }

    public String english() {
        return in(Locale.ENGLISH);
    }

    /** The words in the reader's language ("fr" or "en"; anything else is English). */
    public String in(String language) {
        return in("fr".equals(language) ? FRENCH : Locale.ENGLISH);
    }

    public String in(Locale locale) {
        ResourceBundle words = bundle(locale);
        String pattern = words.getString(code);
        Matcher m = PARAMETER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = args.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : format(value, m.group(2), words, locale)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether the words of {@code language} say this code (in its own file, not English in its place). */
    public static boolean exists(String code, String language) {
        return bundle("fr".equals(language) ? FRENCH : Locale.ENGLISH) instanceof PropertyResourceBundle own
                && own.handleGetObject(code) != null;
    }

    private String format(String value, String kind, ResourceBundle words, Locale locale) {
        if (kind == null) {
            return value;
        }
        if (kind.equals("date")) {
            return Dates.human(LocalDate.parse(value), locale);
        }
        if (kind.equals("sub")) {
            return new Wording(value, args).in(locale);
        }
        if (kind.endsWith("List")) {
            String one = kind.substring(0, kind.length() - "List".length());
            return java.util.Arrays.stream(value.replaceAll("[\\[\\]]", "").split(",\\s*")).filter(v -> !v.isBlank())
                    .map(v -> word(words, one, v)).collect(Collectors.joining(", "));
        }
        return word(words, kind, value);
    }

    private static String word(ResourceBundle words, String kind, String value) {
        return words.containsKey(kind + "." + value) ? words.getString(kind + "." + value) : value;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** As it is stored: {"code":…,"args":{…}}. */
    public String encoded() {
        try {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("code", code);
            all.put("args", args);
            return JSON.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parameters as stored beside the code: {…}. */
    public String encodedArgs() {
        try {
            return JSON.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code and what {@link #encodedArgs()} wrote. */
    public static Wording decoded(String code, String encodedArgs) {
        try {
            return new Wording(code, encodedArgs == null ? Map.of()
                    : JSON.readValue(encodedArgs, new TypeReference<Map<String, String>>() {
                    }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not stored parameters", e);
        }
    }

    /** What {@link #encoded()} wrote; null stays null. */
    public static Wording decoded(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            Map<String, Object> all = JSON.readValue(stored, new TypeReference<Map<String, Object>>() {
            });
            @SuppressWarnings("unchecked")
            Map<String, String> args = (Map<String, String>) all.getOrDefault("args", Map.of());
            return new Wording((String) all.get("code"), args);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a stored wording", e);
        }
    }
}
