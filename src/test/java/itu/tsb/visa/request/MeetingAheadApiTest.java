package itu.tsb.visa.request;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.decisions;
import static itu.tsb.visa.support.Api.fields;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** Nothing is approved or issued for a meeting that has begun (domain rule 6). */
class MeetingAheadApiTest extends ApiTest {

    private JsonNode view(long id) {
        return check(api.get("/api/requests/" + id, STAFF), 200).body();
    }

    private long underReview(String meeting, long entity, Map<String, Object> person) {
        Api.Reply created = check(api.post("/api/requests", applicantOf(entity), request(meeting, person)), 201);
        assertThat(created.text("status")).isEqualTo("UNDER_REVIEW");
        return created.body().path("id").asLong();
    }

    @Test
    void aFaxTakenInAfterItsMeetingBeganIsRecordedAndExpiresAtOnce() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        clock.setDay(LocalDate.of(2010, 6, 20));
        Map<String, Object> fax = request(meeting, person("Mwangi", meeting + "-1"));
        fax.put("entityId", entity);
        fax.put("channel", "FAX");
        fax.put("receivedAt", "2010-05-10");

        Api.Reply created = check(api.post("/api/requests", STAFF, fax), 201);

        assertThat(created.text("status")).isEqualTo("EXPIRED");
        long id = created.body().path("id").asLong();
        JsonNode v = view(id);
        assertThat(decisions(v, "MEETING_AHEAD")).containsExactly("EXPIRED: Meeting " + meeting
                + " began on 14 June 2010 (checked on 20 June 2010): TSB supports visa applications only for meetings"
                + " still to come, so this request has expired and no letter is issued for it.");
        assertThat(decisions(v, "ELIGIBILITY")).isEmpty();
        jobs.runDue();
        assertThat(view(id).path("status").asText()).isEqualTo("EXPIRED");
        assertThat(view(id).path("letters")).isEmpty();

        Api.Reply review = api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE"));
        assertThat(review.status()).isEqualTo(409);
        assertThat(review.text("detail")).contains("has expired", "began on 14 June 2010");
        Api.Reply correction = api.put("/api/requests/" + id + "/participants/"
                + v.path("participants").get(0).path("id").asLong(), STAFF, person("Mwangi", meeting + "-1"));
        assertThat(correction.status()).isEqualTo(409);
        assertThat(correction.text("detail")).contains("has expired", "began on 14 June 2010");
        Api.Reply retry = api.post("/api/requests/" + id + "/retry", STAFF, null);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.text("detail")).contains("has expired");
        JsonNode history = check(api.get("/api/requests/" + id + "/history", Api.AUDITOR), 200).body();
        assertThat(history.path("status").asText()).isEqualTo("EXPIRED");
        assertThat(history.path("entries").toString()).contains("REQUEST_SUBMITTED", "APPLICANT_NOTIFIED", "Request expired");
    }

    @Test
    void aRequestStillInReviewWhenTheMeetingBeginsExpiresAndIsNeverEscalatedAfterwards() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        long id = underReview(meeting, entity, person("Mwangi", meeting + "-1"));

        clock.setDay(LocalDate.of(2010, 6, 13));
        Api.Reply stillOpen = api.get("/api/requests/" + id, STAFF);
        assertThat(stillOpen.text("status")).isEqualTo("UNDER_REVIEW");
        clock.set(LocalDate.of(2010, 6, 14).atStartOfDay(itu.tsb.visa.shared.time.TimeConfig.GENEVA).toInstant());
        Api.Reply tooLate = api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE"));
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.text("detail")).contains("began on 14 June 2010");
        jobs.runDue();

        JsonNode v = view(id);
        assertThat(v.path("status").asText()).isEqualTo("EXPIRED");
        assertThat(v.path("escalated").asBoolean()).isFalse();
        assertThat(decisions(v, "ESCALATION")).isEmpty();
        assertThat(decisions(v, "MEETING_AHEAD")).last().asString().startsWith("EXPIRED: Meeting " + meeting + " began");
        assertThat(v.path("letters")).isEmpty();
    }

    @Test
    void lettersApprovedButPrintedOnlyAfterTheMeetingBeganAreNeverPrinted() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        long id = underReview(meeting, entity, person("Mwangi", meeting + "-1"));
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);

        // the letter job did not run until the meeting had begun (job executor down, say)
        clock.setDay(LocalDate.of(2010, 6, 15));
        jobs.runDue();

        JsonNode v = view(id);
        assertThat(v.path("status").asText()).isEqualTo("EXPIRED");
        assertThat(v.path("letters")).isEmpty();
        assertThat(decisions(v, "LETTER")).isEmpty();
    }

    @Test
    void aPassportTooOldOnThePrintingDayIsNotPrintedAndGoesBackToTheApplicant() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        Map<String, Object> p = person("Mwangi", meeting + "-1");
        // issued within ten years of the day TSB received the request (3 May 2010), but not of the printing day
        p.put("passport", Map.of("number", "AK7654321", "issuingAuthority", "Immigration Nairobi",
                "issueDate", "2000-05-05", "expiryDate", "2011-05-05"));
        long id = underReview(meeting, entity, p);
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);

        clock.setDay(LocalDate.of(2010, 5, 10));
        jobs.runDue();

        JsonNode v = view(id);
        assertThat(v.path("status").asText()).isEqualTo("CHANGES_REQUESTED");
        assertThat(v.path("letters")).isEmpty();
        assertThat(decisions(v, "TRAVEL_DOCUMENT")).last().asString().startsWith("FAILED: ")
                .contains("issued within the previous 10 years", "checked again on 10 May 2010");
        assertThat(v.path("reviewComment").asText()).contains("no longer meet the Visa Code's requirements");
    }

    @Test
    void impossibleDatesAreFieldErrorsNeverAServerErrorNorALetter() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        Map<String, Object> p = person("Mwangi", meeting + "-1");
        p.put("dateOfBirth", "0000-01-01");
        p.put("passport", Map.of("number", "AK7654321", "issuingAuthority", "Immigration Nairobi",
                "issueDate", "-999999999-01-01", "expiryDate", "+999999999-12-31"));

        Api.Reply r = api.post("/api/requests", applicantOf(entity), request(meeting, p));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(fields(r)).contains("participants[0].dateOfBirth", "participants[0].passport.issueDate",
                "participants[0].passport.expiryDate");
        assertThat(r.body().toString()).contains("must be between 1 January 1900 and 3 May 2010");

        Map<String, Object> m = new java.util.LinkedHashMap<>(Map.of("code", "M-PAST-" + Api.unique(), "title", "T",
                "venue", "Geneva", "firstDay", "-999999999-01-01", "lastDay", "1999-12-31"));
        Api.Reply meetingReply = api.post("/api/meetings", STAFF, m);
        assertThat(meetingReply.status()).isEqualTo(400);
        assertThat(fields(meetingReply)).contains("firstDay", "lastDay");
        m.put("firstDay", "2021-01-10");
        m.put("lastDay", "2021-01-12");
        assertThat(fields(api.post("/api/meetings", STAFF, m))).containsExactly("firstDay", "lastDay");
    }

    @Test
    void aPersonOnALiveRequestCannotBeOnAnotherUntilThatOneIsWithdrawn() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        CurrentUser applicant = applicantOf(entity);
        long first = underReview(meeting, entity, person("Mwangi", meeting + "-1"));
        String firstReference = view(first).path("reference").asText();

        Api.Reply second = api.post("/api/requests", applicant, request(meeting, person("Mwangi", meeting + "-1")));

        assertThat(second.status()).isEqualTo(400);
        assertThat(second.body().path("errors").get(0).path("field").asText())
                .isEqualTo("participants[0].registrationNumber");
        assertThat(second.body().path("errors").get(0).path("message").asText())
                .contains("already on request " + firstReference);
        check(api.post("/api/requests/" + first + "/withdraw", applicant, null), 200);
        assertThat(check(api.post("/api/requests", applicant, request(meeting, person("Mwangi", meeting + "-1"))), 201)
                .text("status")).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void anotherEntitysRegistrationIsAnsweredExactlyLikeOneThatDoesNotExist() {
        long ours = api.memberState();
        long theirs = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", theirs, meeting + "-7", "APPROVED");

        Api.Reply named = api.post("/api/requests", applicantOf(ours), request(meeting, person("Otieno", meeting + "-7")));
        Api.Reply unknown = api.post("/api/requests", applicantOf(ours), request(meeting, person("Otieno", meeting + "-8")));

        assertThat(named.status()).isEqualTo(400).isEqualTo(unknown.status());
        assertThat(named.body().path("errors").toString().replace(meeting + "-7", "N"))
                .isEqualTo(unknown.body().path("errors").toString().replace(meeting + "-8", "N"));
        assertThat(named.body().toString()).doesNotContain("another entity", "family name");
    }
}
