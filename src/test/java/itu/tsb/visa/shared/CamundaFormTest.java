package itu.tsb.visa.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import itu.tsb.visa.shared.forms.CamundaForm;

class CamundaFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Predicate<String>> COUNTRIES = Map.of("countries", c -> c.matches("[A-Z]{2}"));

    private final CamundaForm form = CamundaForm.parse("""
            {"id": "f", "type": "default", "components": [
              {"type": "text", "text": "Say something"},
              {"type": "select", "key": "language", "values": [{"label": "French", "value": "fr"}, {"label": "English", "value": "en"}]},
              {"type": "group", "path": "signatory", "components": [
                {"type": "textfield", "key": "name", "validate": {"required": true, "maxLength": 5}}]},
              {"type": "dynamiclist", "path": "people", "components": [
                {"type": "textfield", "key": "code", "id": "Field_code",
                 "validate": {"pattern": "^[A-Z]{2}$", "patternErrorMessage": "two capitals"}},
                {"type": "number", "key": "age", "validate": {"min": 0, "max": 130}},
                {"type": "datetime", "subtype": "date", "key": "born", "validate": {"required": true}},
                {"type": "select", "key": "country", "valuesKey": "countries"},
                {"type": "group", "path": "passport", "components": [
                  {"type": "textfield", "key": "number", "validate": {"required": true, "minLength": 3}}]}]},
              {"type": "button", "action": "submit", "label": "Send"}]}
            """);

    private List<FieldError> check(String body, String language) throws Exception {
        JsonNode data = JSON.readTree(body);
        return form.check(data, COUNTRIES, language);
    }

    @Test
    void aBodyTheFormAcceptsHasNoErrors() throws Exception {
        assertThat(check("""
                {"language": "fr", "signatory": {"name": "Jane"},
                 "people": [{"code": "KE", "age": 40, "born": "1980-01-31", "country": "KE", "passport": {"number": "A123"}}]}
                """, "en")).isEmpty();
    }

    @Test
    void eachConstraintIsNamedByTheApisPathInTheReadersLanguage() throws Exception {
        String body = """
                {"language": "de", "signatory": {"name": "Jane Njeri"},
                 "people": [{"code": "KE", "born": "1980-01-31", "passport": {"number": "A123"}},
                            {"code": "Kenya", "age": 200, "born": "31/01/1980", "country": "Kenya", "passport": {"number": "A1"}}]}
                """;
        List<FieldError> en = check(body, "en");
        assertThat(en).extracting(FieldError::field).containsExactly("language", "signatory.name", "people[1].code",
                "people[1].age", "people[1].born", "people[1].country", "people[1].passport.number");
        assertThat(en).extracting(FieldError::message).containsExactly("must be one of: en, fr",
                "must have at most 5 characters", "two capitals", "must be at most 130", "must be a date (YYYY-MM-DD)",
                "is not one of the choices offered", "must have at least 3 characters");
        assertThat(check(body, "fr")).extracting(FieldError::message).containsExactly("doit être l'une des valeurs : en, fr",
                "doit compter au plus 5 caractères", "n'est pas écrit comme attendu", "doit valoir au plus 130",
                "doit être une date (AAAA-MM-JJ)", "ne fait pas partie des choix proposés", "doit compter au moins 3 caractères");
    }

    @Test
    void missingGroupsAndValuesAreRequiredWhereTheFormSays() throws Exception {
        assertThat(check("{\"people\": [{}]}", "en")).extracting(e -> e.field() + " " + e.message())
                .containsExactly("signatory is required", "people[0].born is required", "people[0].passport is required");
        assertThat(check("{\"signatory\": \"Jane\", \"people\": [{\"born\": \"1980-01-31\", \"passport\": {}}]}", "en"))
                .extracting(e -> e.field() + " " + e.message())
                .containsExactly("signatory must be a group of fields", "people[0].passport.number is required");
        assertThat(check("{\"signatory\": {\"name\": \"  \"}, \"people\": []}", "en")).extracting(FieldError::field)
                .containsExactly("signatory.name");
    }

    @Test
    void valuesOfTheWrongKindAreRefusedNotMisread() throws Exception {
        assertThat(check("""
                {"signatory": {"name": 12}, "people": [{"age": "old", "born": 19800131, "passport": {"number": ["A123"]}}]}
                """, "en")).extracting(FieldError::message)
                .containsExactly("must be text", "must be a number", "must be a date (YYYY-MM-DD)", "must be text");
    }

    @Test
    void notAFormIsSaid() {
        assertThatThrownBy(() -> CamundaForm.parse("{\"id\": \"x\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CamundaForm.parse("<xml/>")).isInstanceOf(IllegalArgumentException.class);
    }
}
