package itu.tsb.visa.request.correction;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.fields;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.support.ApiTest;

/**
 * Staff ask for changes person by person and field by field; the applicant corrects only those, without
 * typing the passport number again, and only what changed is sent and checked.
 */
class PersonByPersonCorrectionApiTest extends ApiTest {

    private long entity;
    private String meeting;

    private long submitted() {
        entity = api.memberState();
        meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        api.register(meeting, "Otieno", entity, meeting + "-2", "APPROVED");
        long id = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"),
                person("Otieno", meeting + "-2"))), 201).body().path("id").asLong();
        jobs.runDue();
        return id;
    }

    private JsonNode view(long id) {
        return check(api.get("/api/requests/" + id, applicantOf(entity)), 200).body();
    }

    @Test
    void aFlaggedFieldIsCorrectedAloneAndThePassportNumberIsKept() throws Exception {
        long id = submitted();
        long otieno = view(id).path("participants").get(1).path("id").asLong();
        JsonNode asked = check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "REQUEST_CHANGES",
                "flags", List.of(Map.of("participantId", otieno, "field", "function",
                        "comment", "Write the function as on the nomination: Senior Engineer")))), 200).body();
        assertThat(asked.path("status").asText()).isEqualTo("CHANGES_REQUESTED");

        JsonNode flagged = view(id);
        assertThat(flagged.path("reviewComment").isNull()).isTrue();
        assertThat(flagged.path("corrections")).hasSize(1);
        assertThat(flagged.path("corrections").get(0).path("participantId").asLong()).isEqualTo(otieno);
        assertThat(flagged.path("corrections").get(0).path("field").asText()).isEqualTo("function");
        assertThat(flagged.path("corrections").get(0).path("message").asText()).startsWith("Write the function");
        assertThat(check(api.get("/api/requests/" + id + "/history", itu.tsb.visa.support.Api.AUDITOR), 200).body()
                .toString()).contains("participant 2, function: Write the function as on the nomination");

        // the passport number is left empty: the one on record is kept
        Map<String, Object> corrected = person("Otieno", meeting + "-2");
        corrected.put("function", "Senior Engineer");
        @SuppressWarnings("unchecked")
        Map<String, Object> passport = (Map<String, Object>) corrected.get("passport");
        passport.put("number", "");
        JsonNode done = check(api.put("/api/requests/" + id + "/participants", applicantOf(entity), Map.of(
                "participants", List.of(Map.of("id", otieno, "details", corrected)))), 200).body();
        assertThat(done.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(done.path("corrections")).as("answered: the flags are gone").isEmpty();
        assertThat(done.path("participants").get(1).path("function").asText()).isEqualTo("Senior Engineer");
        assertThat(done.path("participants").get(1).path("passport").path("number").asText()).endsWith("2");

        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        jobs.runDue();
        byte[] letter = check(api.get("/api/requests/" + id + "/letters/" + otieno, applicantOf(entity)), 200).raw();
        @SuppressWarnings("unchecked")
        String onRecord = (String) ((Map<String, Object>) person("Otieno", meeting + "-2").get("passport")).get("number");
        assertThat(itu.tsb.visa.support.PdfText.of(letter)).contains("Numéro de passeport " + onRecord, "Senior Engineer");
    }

    @Test
    void aPassportNumberTypedInFullReplacesTheOneOnRecord() {
        long id = submitted();
        long mwangi = view(id).path("participants").get(0).path("id").asLong();
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "REQUEST_CHANGES",
                "comment", "The passport was renewed", "flags", List.of(Map.of("participantId", mwangi,
                        "field", "passport.number", "comment", "Give the new passport's number")))), 200);
        assertThat(view(id).path("reviewComment").asText()).isEqualTo("The passport was renewed");

        Map<String, Object> renewed = person("Mwangi", meeting + "-1");
        @SuppressWarnings("unchecked")
        Map<String, Object> passport = (Map<String, Object>) renewed.get("passport");
        passport.put("number", "NEW765432");
        JsonNode done = check(api.put("/api/requests/" + id + "/participants", applicantOf(entity), Map.of(
                "participants", List.of(Map.of("id", mwangi, "details", renewed)))), 200).body();
        assertThat(done.path("participants").get(0).path("passport").path("number").asText()).endsWith("432");
    }

    /** The review form offers to flag exactly the fields the person form has, by the API's names. */
    @Test
    void theReviewFormOffersTheFieldsAFlagCanName() throws Exception {
        JsonNode form = new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Path.of("forms/review.form")
                .toFile());
        List<String> offered = form.findValues("values").stream().filter(v -> v.toString().contains("passport.number"))
                .findFirst().orElseThrow().findValuesAsText("value");
        assertThat(offered).isEqualTo(itu.tsb.visa.request.model.ChangeFlag.FIELDS);
    }

    @Test
    void flagsNameAPersonOfTheRequestAFieldOfThePersonFormAndWhatToChange() {
        long id = submitted();
        long mwangi = view(id).path("participants").get(0).path("id").asLong();
        String url = "/api/requests/" + id + "/review";

        assertThat(fields(check(api.post(url, STAFF, Map.of("decision", "REQUEST_CHANGES", "flags", List.of(
                Map.of("participantId", mwangi, "field", "shoeSize", "comment", "x"),
                Map.of("participantId", mwangi, "field", "function", "comment", " ")))), 400)))
                .containsExactly("flags[0].field", "flags[1].comment");
        assertThat(fields(check(api.post(url, STAFF, Map.of("decision", "REQUEST_CHANGES", "flags", List.of(
                Map.of("participantId", 999_999, "field", "function", "comment", "x")))), 400)))
                .containsExactly("flags[0].participantId");
        assertThat(fields(check(api.post(url, STAFF, Map.of("decision", "APPROVE", "flags", List.of(
                Map.of("participantId", mwangi, "field", "function", "comment", "x")))), 400))).containsExactly("flags");
        assertThat(fields(check(api.post(url, STAFF, Map.of("decision", "REQUEST_CHANGES", "flags", List.of(
                Map.of("participantId", mwangi, "field", "function", "comment", "a"),
                Map.of("participantId", mwangi, "field", "function", "comment", "b")))), 400))).containsExactly("flags[1].field");
        assertThat(view(id).path("status").asText()).isEqualTo("UNDER_REVIEW");
    }
}
