package itu.tsb.visa.workflow;

import static itu.tsb.visa.support.Api.AUDITOR;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.fields;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/**
 * Nothing is approved that the letter cannot print, and nothing stays approved behind a letter step that
 * failed for good: texts are checked for control characters and against the letter's font where they are
 * given, again before printing, and staff can send a request whose letters failed back to the applicant.
 * Every decision that sends a request back or ends it is told to the focal points.
 */
class UnprintableLetterApiTest extends ApiTest {

    @Autowired
    private ManagementService management;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private JdbcTemplate jdbc;

    private long underReview(long entity, Map<String, Object> person) {
        String meeting = (String) person.get("meeting");
        Map<String, Object> p = new java.util.LinkedHashMap<>(person);
        p.remove("meeting");
        long id = check(api.post("/api/requests", applicantOf(entity), request(meeting, p)), 201).body().path("id").asLong();
        jobs.runDue();
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
        return id;
    }

    private Map<String, Object> mwangi(long entity) {
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        Map<String, Object> p = person("Mwangi", meeting + "-1");
        p.put("meeting", meeting);
        return p;
    }

    private String status(long id) {
        return check(api.get("/api/requests/" + id, STAFF), 200).body().path("status").asText();
    }

    private List<String> notified(long id) {
        return jdbc.queryForList("select detail from audit_event where request_id = ? and action = 'APPLICANT_NOTIFIED'"
                + " order by id", String.class, id);
    }

    @Test
    void lineBreaksTabsAndASignatoryTheFontCannotDrawAreFieldErrorsBeforeAnythingIsStored() {
        long entity = api.memberState();
        Map<String, Object> p = mwangi(entity);
        String meeting = (String) p.remove("meeting");
        p.put("placeOfBirth", "Nai\nrobi");
        p.put("givenNames", "Peter\tKamau");
        Map<String, Object> body = request(meeting, p);
        body.put("signatory", Map.of("name", "王 Njeri", "title", "Permanent\u2028Secretary"));
        int before = jdbc.queryForObject("select count(*) from visa_request", Integer.class);

        Api.Reply refused = check(api.post("/api/requests", applicantOf(entity), body), 400);

        assertThat(fields(refused)).contains("participants[0].placeOfBirth", "participants[0].givenNames",
                "signatory.name", "signatory.title");
        String errors = refused.body().path("errors").toString();
        assertThat(errors).contains("U+000A", "U+0009", "U+2028", "'王' (U+738B)");
        assertThat(jdbc.queryForObject("select count(*) from visa_request", Integer.class)).isEqualTo(before);
    }

    @Test
    void aCorrectionWithALineBreakIsRefusedAndAskingForChangesIsToldToTheFocalPoints() {
        long entity = api.memberState();
        Map<String, Object> p = mwangi(entity);
        long id = underReview(entity, p);
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "REQUEST_CHANGES",
                "comment", "Please give the place of birth as in the passport.")), 200);
        assertThat(notified(id)).anySatisfy(d -> assertThat(d)
                .startsWith("Changes requested: Please give the place of birth as in the passport."));
        long pid = check(api.get("/api/requests/" + id, STAFF), 200).body().path("participants").get(0).path("id").asLong();

        Map<String, Object> corrected = new java.util.LinkedHashMap<>(p);
        corrected.remove("meeting");
        corrected.put("placeOfBirth", "Nairobi\r\nKenya");
        Api.Reply refused = check(api.put("/api/requests/" + id + "/participants", applicantOf(entity), Map.of(
                "participants", List.of(Map.of("id", pid, "details", corrected)), "answer", "Corrected.")), 400);
        assertThat(fields(refused)).containsExactly("participants[0].details.placeOfBirth");
        assertThat(status(id)).isEqualTo("CHANGES_REQUESTED");
    }

    @Test
    void aRejectionIsToldToTheFocalPointsWithItsReasonAndQueuedForTheirEmail() {
        long entity = api.memberState();
        String focal = "focal-" + Api.unique();
        check(api.post("/api/users", Api.ADMIN, Map.of("username", focal, "password", "a long enough password",
                "role", "APPLICANT", "entityId", entity, "email", focal + "@ministry.example")), 201);
        long id = underReview(entity, mwangi(entity));

        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "REJECT",
                "comment", "The delegate is not on the entity's list of delegates.")), 200);

        assertThat(notified(id)).singleElement().satisfies(d -> assertThat(d)
                .startsWith("Request rejected: The delegate is not on the entity's list of delegates."));
        Map<String, Object> mail = jdbc.queryForMap("select subject, body from notification where request_id = ?"
                + " and recipient = ?", id, focal + "@ministry.example");
        // in the request's language (French), then in English
        assertThat((String) mail.get("subject")).contains("Demande rejetée / Request rejected");
        assertThat((String) mail.get("body")).contains("The delegate is not on the entity's list of delegates.",
                "est maintenant refusée", "is now rejected");
    }

    /**
     * A text stored by a build from before these checks (the font's spy lets it through at submission) is
     * found when the letters are to be printed: the request goes back to the applicant, with the reason,
     * and no step fails.
     */
    @Test
    void aTextTheFontCannotDrawFoundBeforePrintingSendsTheRequestBackInsteadOfFailing() {
        long entity = api.memberState();
        Map<String, Object> p = mwangi(entity);
        p.put("givenNames", "王 Peter");
        doReturn(true).when(typeface).canDraw(anyString());
        long id = underReview(entity, p);
        doCallRealMethod().when(typeface).canDraw(anyString());

        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        jobs.runDue();

        assertThat(status(id)).isEqualTo("CHANGES_REQUESTED");
        JsonNode progress = check(api.get("/api/requests/" + id + "/progress", STAFF), 200).body();
        assertThat(progress.path("incidents")).isEmpty();
        assertThat(progress.path("active").toString()).contains("Task_CorrectDetails");
        JsonNode view = check(api.get("/api/requests/" + id, STAFF), 200).body();
        assertThat(Api.decisions(view, "LETTER")).anySatisfy(d -> assertThat(d)
                .contains("givenNames", "'王' (U+738B)", "before printing the letter"));
        assertThat(jdbc.queryForObject("select count(*) from letter where request_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void staffSendBackARequestWhoseLettersFailedAfterTheirRetriesAndTheApplicantCarriesOn() {
        long entity = api.memberState();
        long id = underReview(entity, mwangi(entity));
        doThrow(new IllegalStateException("the letter cannot be drawn")).when(letters).issueFor(anyLong());
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        // not before the step has failed for good: a retry may still clear it
        check(api.post("/api/requests/" + id + "/send-back", STAFF, Map.of("comment", "Too soon")), 409);
        for (int attempt = 0; attempt < 3; attempt++) {
            String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                    .singleResult().getId();
            Job job = management.createJobQuery().processInstanceId(instance).executable().singleResult();
            try {
                management.executeJob(job.getId());
            } catch (IllegalStateException expected) {
                // the step failed; the engine keeps the job with one retry fewer
            }
            clock.set(clock.instant().plusSeconds(6 * 60));
        }
        assertThat(status(id)).isEqualTo("APPROVED");

        assertThat(fields(check(api.post("/api/requests/" + id + "/send-back", STAFF, Map.of("comment", " ")), 400)))
                .containsExactly("comment");
        check(api.post("/api/requests/" + id + "/send-back", applicantOf(entity), Map.of("comment", "Mine")), 403);
        JsonNode sent = check(api.post("/api/requests/" + id + "/send-back", STAFF,
                Map.of("comment", "Write the function without the line break.")), 200).body();

        assertThat(sent.path("status").asText()).isEqualTo("CHANGES_REQUESTED");
        JsonNode progress = check(api.get("/api/requests/" + id + "/progress", STAFF), 200).body();
        assertThat(progress.path("incidents")).isEmpty();
        assertThat(progress.path("active").toString()).contains("Task_CorrectDetails").doesNotContain("Task_GenerateLetters");
        assertThat(notified(id)).anySatisfy(d -> assertThat(d)
                .startsWith("Changes requested: Write the function without the line break."));
        List<String> actions = new ArrayList<>();
        check(api.get("/api/requests/" + id + "/history", AUDITOR), 200).body().path("entries")
                .forEach(e -> actions.add(e.path("action").asText()));
        assertThat(actions).contains("SENT_BACK_FROM_FAILED_LETTERS");
        check(api.post("/api/requests/" + id + "/send-back", STAFF, Map.of("comment", "Again")), 409);

        // the applicant answers, TSB approves again, and this time the letter is made
        doCallRealMethod().when(letters).issueFor(anyLong());
        check(api.put("/api/requests/" + id + "/participants", applicantOf(entity),
                Map.of("participants", List.of(), "answer", "The function is on one line now.")), 200);
        jobs.runDue();
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        jobs.runDue();
        assertThat(status(id)).isEqualTo("LETTER_ISSUED");
    }
}
