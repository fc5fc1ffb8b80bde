package itu.tsb.visa.request;

import static itu.tsb.visa.support.Api.AUDITOR;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.fields;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** Who may see and do what, and how bad input is answered. */
class AccessAndInputApiTest extends ApiTest {

    private long entity;
    private String meeting;

    private long aRequestUnderReview() {
        entity = api.memberState();
        meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        return check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))),
                201).body().path("id").asLong();
    }

    @Test
    void anAdministrationNeverSeesAnotherEntitysRequestByAnyUrl() {
        long id = aRequestUnderReview();
        CurrentUser other = applicantOf(api.memberState());

        assertThat(api.get("/api/requests/" + id, other).status()).isEqualTo(404);
        assertThat(api.get("/api/requests/" + id + "/letters/1", other).status()).isEqualTo(404);
        assertThat(api.post("/api/requests/" + id + "/withdraw", other, null).status()).isEqualTo(404);
        assertThat(api.put("/api/requests/" + id + "/participants/1", other, person("Mwangi", meeting + "-1")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/requests/" + id + "/history", other).status()).isEqualTo(403);
        JsonNode list = check(api.get("/api/requests", other), 200).body();
        assertThat(list.findValues("id")).extracting(JsonNode::asLong).doesNotContain(id);
        assertThat(check(api.get("/api/requests", applicantOf(entity)), 200).body().findValues("id"))
                .extracting(JsonNode::asLong).contains(id);
    }

    @Test
    void applicantsCannotReviewOrManageReferenceData() {
        long id = aRequestUnderReview();
        CurrentUser applicant = applicantOf(entity);

        Api.Reply review = api.post("/api/requests/" + id + "/review", applicant, Map.of("decision", "APPROVE"));
        assertThat(review.status()).isEqualTo(403);
        assertThat(review.contentType()).isEqualTo("application/problem+json");
        assertThat(api.post("/api/entities", applicant, Map.of("name", "x", "country", "KE", "category", "MEMBER_STATE"))
                .status()).isEqualTo(403);
        assertThat(api.post("/api/users", STAFF, Map.of("username", "someone", "password", "long-enough-password",
                "role", "ADMIN")).status()).isEqualTo(403);
    }

    @Test
    void auditorsReadTheFullHistoryButCannotAct() {
        long id = aRequestUnderReview();
        api.get("/api/requests/" + id, STAFF);

        JsonNode history = check(api.get("/api/requests/" + id + "/history", AUDITOR), 200).body();

        assertThat(history.path("entries").findValues("action")).extracting(JsonNode::asText)
                .contains("DECISION_ELIGIBILITY_PASSED", "DECISION_SUBMISSION_WINDOW_PASSED", "DECISION_REGISTRATION_PASSED",
                        "DECISION_TRAVEL_DOCUMENT_PASSED");
        assertThat(history.path("entries").findValues("detail")).extracting(JsonNode::asText)
                .anySatisfy(detail -> assertThat(detail).contains("category=MEMBER_STATE"));
        assertThat(history.path("entries").findValues("action")).extracting(JsonNode::asText)
                .contains("REQUEST_SUBMITTED", "PERSONAL_DATA_READ");
        assertThat(api.post("/api/requests/" + id + "/review", AUDITOR, Map.of("decision", "APPROVE")).status())
                .isEqualTo(403);
    }

    @Test
    void actionsOutOfTurnAreConflicts() {
        long id = aRequestUnderReview();
        long pid = check(api.get("/api/requests/" + id, STAFF), 200).body().path("participants").get(0).path("id").asLong();

        Api.Reply r = api.put("/api/requests/" + id + "/participants/" + pid, applicantOf(entity),
                person("Mwangi", meeting + "-1"));

        assertThat(r.status()).isEqualTo(409);
        // the statuses said in words: no code reaches a person
        assertThat(r.body().path("detail").asText()).contains("is under review;", "while its status is changes requested")
                .doesNotContain("UNDER_REVIEW", "CHANGES_REQUESTED");
    }

    @Test
    void missingAndMalformedFieldsAreListedOneByOne() {
        Map<String, Object> p = person("Mwangi", "X");
        p.remove("familyName");
        p.put("nationality", "XX");
        p.put("dateOfBirth", "31/01/1980");
        Map<String, Object> body = request("NOPE", p);
        body.remove("signatory");

        Api.Reply r = api.post("/api/requests", applicantOf(api.memberState()), body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        assertThat(fields(r)).containsExactly("participants[0].dateOfBirth");
        assertThat(r.body().path("errors").get(0).path("message").asText()).contains("expected YYYY-MM-DD");

        p.put("dateOfBirth", "1980-01-31");
        Api.Reply second = api.post("/api/requests", applicantOf(api.memberState()), body);
        assertThat(fields(second)).contains("signatory", "participants[0].familyName");

        body.put("signatory", Map.of("name", "N", "title", "T"));
        p.put("familyName", "Mwangi");
        Api.Reply third = api.post("/api/requests", applicantOf(api.memberState()), body);
        assertThat(fields(third)).containsExactly("participants[0].nationality");

        p.put("nationality", "KEN");
        Api.Reply fourth = api.post("/api/requests", applicantOf(api.memberState()), body);
        assertThat(fields(fourth)).containsExactly("meeting");
    }

    @Test
    void unknownRegistrationAndSomeoneElsesRegistrationAreRefusedAtSubmission() {
        aRequestUnderReview();
        long otherEntity = api.memberState();
        api.register(meeting, "Otieno", otherEntity, meeting + "-2", "APPROVED");
        api.register(meeting, "Mwangi", entity, meeting + "-3", "APPROVED");

        Api.Reply r = api.post("/api/requests", applicantOf(entity),
                request(meeting, person("Mwangi", meeting + "-9"), person("Otieno", meeting + "-2"),
                        person("Someone", meeting + "-3")));

        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("participants[0].registrationNumber", "participants[1].registrationNumber",
                "participants[2].familyName");
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyReturnsTheFirstRequest() {
        aRequestUnderReview();
        CurrentUser applicant = applicantOf(entity);
        api.register(meeting, "Otieno", entity, meeting + "-2", "APPROVED");
        api.register(meeting, "Kamau", entity, meeting + "-3", "APPROVED");
        Map<String, Object> body = request(meeting, person("Otieno", meeting + "-2"));
        String key = "retry-" + Api.unique();

        Api.Reply first = api.call(MockMvcRequestBuilders.post("/api/requests").header("Idempotency-Key", key), applicant, body);
        Api.Reply again = api.call(MockMvcRequestBuilders.post("/api/requests").header("Idempotency-Key", key), applicant, body);
        Api.Reply otherKey = api.call(MockMvcRequestBuilders.post("/api/requests").header("Idempotency-Key", key + "b"),
                applicant, request(meeting, person("Kamau", meeting + "-3")));

        check(first, 201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().path("id").asLong()).isEqualTo(first.body().path("id").asLong());
        assertThat(otherKey.body().path("id").asLong()).isNotEqualTo(first.body().path("id").asLong());
    }

    @Test
    void twoConcurrentPostsWithTheSameKeyMakeOneRequest() throws Exception {
        aRequestUnderReview();
        CurrentUser applicant = applicantOf(entity);
        api.register(meeting, "Otieno", entity, meeting + "-2", "APPROVED");
        Map<String, Object> body = request(meeting, person("Otieno", meeting + "-2"));
        String key = "race-" + Api.unique();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.call(MockMvcRequestBuilders.post("/api/requests").header("Idempotency-Key", key),
                            applicant, body);
                }));
            }
            start.countDown();
            Api.Reply first = replies.get(0).get();
            Api.Reply second = replies.get(1).get();

            assertThat(first.status()).isEqualTo(201);
            assertThat(second.status()).isEqualTo(201);
            assertThat(second.body().path("id").asLong()).isEqualTo(first.body().path("id").asLong());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void unauthenticatedCallsGetAProblemNotALoginPage() {
        Api.Reply r = api.get("/api/requests", null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void referenceDataRefusesInconsistentInput() {
        Api.Reply meetingBackwards = api.post("/api/meetings", STAFF, Map.of("code", "BAD-" + Api.unique(), "title", "t",
                "venue", "v", "firstDay", "2010-06-16", "lastDay", "2010-06-14"));
        assertThat(fields(meetingBackwards)).containsExactly("lastDay");

        Api.Reply badCategory = api.post("/api/entities", STAFF, Map.of("name", "x", "country", "KE", "category", "KING"));
        assertThat(fields(badCategory)).containsExactly("category");
        assertThat(badCategory.body().path("errors").get(0).path("message").asText()).contains("MEMBER_STATE");
    }
}
