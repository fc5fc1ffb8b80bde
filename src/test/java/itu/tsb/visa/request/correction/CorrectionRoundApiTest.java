package itu.tsb.visa.request.correction;

import static itu.tsb.visa.support.Api.AUDITOR;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.fields;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** A correction round covers every person TSB flagged in one sending, with the applicant's answer in words. */
class CorrectionRoundApiTest extends ApiTest {

    private long entity;
    private String meeting;

    private Map<String, Object> expiring(String name, String number) {
        Map<String, Object> p = person(name, number);
        @SuppressWarnings("unchecked")
        Map<String, Object> passport = (Map<String, Object>) p.get("passport");
        passport.put("expiryDate", "2010-10-01"); // long enough until the meeting's last day moves
        return p;
    }

    private JsonNode view(long id) {
        return check(api.get("/api/requests/" + id, applicantOf(entity)), 200).body();
    }

    @Test
    void twoFlaggedPersonsAreCorrectedInOneRoundWithAnAnswer() {
        entity = api.memberState();
        meeting = api.fgSmartGrid();
        long mwangi = api.register(meeting, "Mwangi", entity, meeting + "-1", "PENDING");
        long otieno = api.register(meeting, "Otieno", entity, meeting + "-2", "PENDING");
        long id = check(api.post("/api/requests", applicantOf(entity), request(meeting, expiring("Mwangi", meeting + "-1"),
                expiring("Otieno", meeting + "-2"))), 201).body().path("id").asLong();
        api.moveLastDay(meeting, java.time.LocalDate.of(2010, 7, 20));
        api.setRegistrationStatus(mwangi, "APPROVED");
        api.setRegistrationStatus(otieno, "APPROVED");
        jobs.runDue();
        JsonNode flagged = view(id);
        assertThat(flagged.path("status").asText()).isEqualTo("CHANGES_REQUESTED");
        assertThat(flagged.path("corrections")).hasSize(2);
        long first = flagged.path("participants").get(0).path("id").asLong();
        long second = flagged.path("participants").get(1).path("id").asLong();

        // one person still wrong: nothing of the round is stored, each error names its person's place
        Map<String, Object> badPassport = person("Otieno", meeting + "-2");
        @SuppressWarnings("unchecked")
        Map<String, Object> passport = (Map<String, Object>) badPassport.get("passport");
        passport.put("number", "12");
        JsonNode refused = check(api.put("/api/requests/" + id + "/participants", applicantOf(entity), Map.of(
                "participants", List.of(Map.of("id", first, "details", person("Mwangi", meeting + "-1")),
                        Map.of("id", second, "details", badPassport)),
                "answer", "Both passports were renewed.")), 400).body();
        assertThat(refused.path("errors").get(0).path("field").asText()).isEqualTo("participants[1].details.passport.number");
        assertThat(view(id).path("participants").get(0).path("passport").path("expiryDate").asText()).isEqualTo("2010-10-01");

        JsonNode done = check(api.put("/api/requests/" + id + "/participants", applicantOf(entity), Map.of(
                "participants", List.of(Map.of("id", first, "details", person("Mwangi", meeting + "-1")),
                        Map.of("id", second, "details", person("Otieno", meeting + "-2"))),
                "answer", "Both passports were renewed in June.")), 200).body();
        assertThat(done.path("status").asText()).isEqualTo("UNDER_REVIEW");
        JsonNode staffView = check(api.get("/api/requests/" + id, STAFF), 200).body();
        assertThat(staffView.path("applicantAnswer").asText()).isEqualTo("Both passports were renewed in June.");
        JsonNode history = check(api.get("/api/requests/" + id + "/history", AUDITOR), 200).body();
        assertThat(history.toString()).contains("Both passports were renewed in June.");
        // the checks ran once, for the whole round
        assertThat(Api.decisions(staffView, "TRAVEL_DOCUMENT").stream().filter(d -> d.startsWith("PASSED"))).hasSize(1);
    }

    @Test
    void aWithdrawnRequestHasNothingLeftToCorrect() {
        entity = api.memberState();
        meeting = api.fgSmartGrid();
        long mwangi = api.register(meeting, "Mwangi", entity, meeting + "-1", "PENDING");
        long id = check(api.post("/api/requests", applicantOf(entity), request(meeting, expiring("Mwangi", meeting + "-1"))),
                201).body().path("id").asLong();
        api.moveLastDay(meeting, java.time.LocalDate.of(2010, 7, 20));
        api.setRegistrationStatus(mwangi, "APPROVED");
        jobs.runDue();
        assertThat(view(id).path("corrections")).hasSize(1);

        check(api.post("/api/requests/" + id + "/withdraw", applicantOf(entity), null), 200);
        JsonNode withdrawn = view(id);
        assertThat(withdrawn.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.path("corrections")).isEmpty();
        assertThat(withdrawn.path("actions").toString()).doesNotContain("correct");
    }

    @Test
    void tsbsQuestionIsAnsweredInWordsAlone() {
        entity = api.memberState();
        meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        long id = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))), 201)
                .body().path("id").asLong();
        jobs.runDue();
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "REQUEST_CHANGES",
                "comment", "Is Mr Mwangi travelling from Nairobi?")), 200);

        assertThat(fields(check(api.put("/api/requests/" + id + "/participants", applicantOf(entity),
                Map.of("participants", List.of(), "answer", " ")), 400))).containsExactly("participants");
        JsonNode answered = check(api.put("/api/requests/" + id + "/participants", applicantOf(entity),
                Map.of("participants", List.of(), "answer", "Yes, from Nairobi.")), 200).body();
        assertThat(answered.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(answered.path("applicantAnswer").asText()).isEqualTo("Yes, from Nairobi.");
        // once under review, no more rounds
        check(api.put("/api/requests/" + id + "/participants", applicantOf(entity),
                Map.of("participants", List.of(), "answer", "Again")), 409);
    }
}
