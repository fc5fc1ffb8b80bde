// Longer than 250 lines: one validator: every kind of field and constraint a Camunda Form schema can hold, checked
// the way form-js checks it.
package itu.tsb.visa.shared.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.text.Wording;

/**
 * A Camunda Form (the JSON the Camunda Modeler writes, as deployed with the process) read as the rules a
 * submission must meet: each input's {@code validate} (required, minLength, maxLength, pattern, min, max,
 * validationType email) and its options (static {@code values}, or a {@code valuesKey} whose accepted values
 * the caller gives). Groups and dynamic lists nest by their {@code path}, so a field's errors are named as the
 * API names it: {@code participants[0].passport.number}. A constraint changed in the form changes what is
 * accepted, with no other change.
 */
public final class CamundaForm {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "datetime", "select", "radio",
            "checkbox", "checklist", "taglist");
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private final String id;
    private final JsonNode schema;

    private CamundaForm(JsonNode schema) {
        this.schema = schema;
        this.id = schema.path("id").asText(null);
    }

    public static CamundaForm parse(String json) {
        try {
            JsonNode schema = JSON.readTree(json);
            if (!schema.path("components").isArray()) {
                throw new IllegalArgumentException("not a Camunda Form: no components");
            }
            return new CamundaForm(schema);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Camunda Form", e);
        }
    }

    public String id() {
        return id;
    }

    /** The form as JSON, for a page to render. */
    public JsonNode schema() {
        return schema;
    }

    /**
     * What in {@code data} the form does not accept, worded in {@code language}. {@code options} gives, per
     * {@code valuesKey}, the values accepted; a key it does not name is left to the domain's own checks.
     */
    public List<FieldError> check(JsonNode data, Map<String, Predicate<String>> options, String language) {
        List<FieldError> errors = new ArrayList<>();
        walk(schema.path("components"), data == null ? MissingNode.getInstance() : data, "", options, language, errors);
        return errors;
    }

    private void walk(JsonNode components, JsonNode data, String prefix, Map<String, Predicate<String>> options,
            String language, List<FieldError> errors) {
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            if (type.equals("group")) {
                String path = c.path("path").asText("");
                JsonNode inner = path.isEmpty() ? data : at(data, path);
                if (!path.isEmpty() && (inner.isMissingNode() || inner.isNull()) && requires(c.path("components"))) {
                    // a group left out whole is named once, not by each of its fields
                    errors.add(new FieldError(prefix + path, say("form.required", language)));
                } else if (!path.isEmpty() && !inner.isMissingNode() && !inner.isNull() && !inner.isObject()) {
                    errors.add(new FieldError(prefix + path, say("form.group", language)));
                } else {
                    walk(c.path("components"), inner, path.isEmpty() ? prefix : prefix + path + ".", options, language, errors);
                }
            } else if (type.equals("dynamiclist")) {
                String path = c.path("path").asText("");
                JsonNode items = at(data, path);
                for (int i = 0; items.isArray() && i < items.size(); i++) {
                    walk(c.path("components"), items.get(i), prefix + path + "[" + i + "].", options, language, errors);
                }
            } else if (INPUTS.contains(type) && c.hasNonNull("key")) {
                String key = c.get("key").asText();
                String message = problem(c, type, at(data, key), options, language);
                if (message != null) {
                    errors.add(new FieldError(prefix + key, message));
                }
            }
        }
    }

    /** Whether any input among these components (or deeper) is required. */
    private static boolean requires(JsonNode components) {
        for (JsonNode c : components) {
            if (c.path("validate").path("required").asBoolean(false) || requires(c.path("components"))) {
                return true;
            }
        }
        return false;
    }

    /** What is wrong with one input's value, or null. */
    private String problem(JsonNode c, String type, JsonNode value, Map<String, Predicate<String>> options,
            String language) {
        JsonNode v = c.path("validate");
        boolean empty = value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())
                || (value.isArray() && value.isEmpty());
        if (empty) {
            return v.path("required").asBoolean(false) ? say("form.required", language) : null;
        }
        switch (type) {
            case "number" -> {
                if (!value.isNumber() && !(value.isTextual() && value.asText().matches("-?\\d+(\\.\\d+)?"))) {
                    return say("form.number", language);
                }
                double n = value.asDouble();
                if (number(v, "min") != null && n < number(v, "min")) {
                    return say("form.min", language, "min", plain(number(v, "min")));
                }
                if (number(v, "max") != null && n > number(v, "max")) {
                    return say("form.max", language, "max", plain(number(v, "max")));
                }
                return null;
            }
            case "datetime" -> {
                return value.isTextual() && isDateOrTime(c.path("subtype").asText("date"), value.asText()) ? null
                        : say("date".equals(c.path("subtype").asText("date")) ? "form.date" : "form.dateTime", language);
            }
            case "checkbox" -> {
                return value.isBoolean() ? null : say("form.boolean", language);
            }
            case "select", "radio" -> {
                return value.isValueNode() ? option(c, value.asText(), options, language) : say("form.option", language);
            }
            case "checklist", "taglist" -> {
                if (!value.isArray()) {
                    return say("form.option", language);
                }
                for (JsonNode item : value) {
                    String wrong = item.isValueNode() ? option(c, item.asText(), options, language) : say("form.option", language);
                    if (wrong != null) {
                        return wrong;
                    }
                }
                return null;
            }
            default -> {
                return text(c, v, value, language);
            }
        }
    }

    private String text(JsonNode c, JsonNode v, JsonNode value, String language) {
        if (!value.isTextual()) {
            return say("form.text", language);
        }
        String s = value.asText();
        Double min = number(v, "minLength");
        Double max = number(v, "maxLength");
        if (min != null && s.length() < min) {
            return say("form.minLength", language, "min", plain(min));
        }
        if (max != null && s.length() > max) {
            return say("form.maxLength", language, "max", plain(max));
        }
        String pattern = v.path("pattern").asText("");
        if (!pattern.isEmpty() && !matches(pattern, s)) {
            String own = "formText." + c.path("id").asText() + ".patternErrorMessage";
            if ("fr".equals(language) && Wording.exists(own, language)) {
                return Wording.of(own).in(language);
            }
            String written = v.path("patternErrorMessage").asText("");
            return !"fr".equals(language) && !written.isBlank() ? written : say("form.pattern", language);
        }
        if ("email".equals(v.path("validationType").asText()) && !EMAIL.matcher(s).matches()) {
            return say("form.email", language);
        }
        return null;
    }

    /** As the form's viewer tests a pattern: found anywhere in the value unless anchored. */
    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).find();
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("form " + " has a pattern Java cannot read: " + pattern, e);
        }
    }

    private String option(JsonNode c, String value, Map<String, Predicate<String>> options, String language) {
        if (c.path("values").isArray() && !c.path("values").isEmpty()) {
            Set<String> allowed = new HashSet<>();
            c.path("values").forEach(o -> allowed.add(o.path("value").asText()));
            return allowed.contains(value) ? null
                    : say("form.optionOf", language, "values", String.join(", ", allowed.stream().sorted().toList()));
        }
        Predicate<String> accepted = options.get(c.path("valuesKey").asText(""));
        return accepted == null || accepted.test(value) ? null : say("form.option", language);
    }

    private static boolean isDateOrTime(String subtype, String s) {
        try {
            if ("date".equals(subtype)) {
                LocalDate.parse(s);
                return true;
            }
            if (s.length() == 10) {
                LocalDate.parse(s);
                return true;
            }
            try {
                OffsetDateTime.parse(s);
            } catch (DateTimeParseException e) {
                LocalDateTime.parse(s);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static JsonNode at(JsonNode data, String dottedPath) {
        JsonNode node = data;
        for (String part : dottedPath.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    private static Double number(JsonNode v, String name) {
        JsonNode n = v.path(name);
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isTextual() && n.asText().matches("-?\\d+(\\.\\d+)?")) {
            return Double.parseDouble(n.asText());
        }
        return null;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String say(String code, String language, Object... args) {
        return Wording.of(code, args).in(language);
    }
}
