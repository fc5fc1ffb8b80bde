package itu.tsb.visa.request;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.fields;
import static itu.tsb.visa.support.Api.decisions;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import itu.tsb.visa.request.model.Participant;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.time.TimeConfig;
import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

class RequestLifecycleApiTest extends ApiTest {

    private JsonNode view(long id, CurrentUser as) {
        return check(api.get("/api/requests/" + id, as), 200).body();
    }

    private long submit(CurrentUser as, Map<String, Object> body) {
        return check(api.post("/api/requests", as, body), 201).body().path("id").asLong();
    }

    @Test
    void approvedRequestYieldsOneLetterPerPersonInTheChosenLanguage() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        api.register(meeting, "Otieno", entity, meeting + "-2", "APPROVED");
        CurrentUser applicant = applicantOf(entity);

        Api.Reply created = check(api.post("/api/requests", applicant,
                request(meeting, person("Mwangi", meeting + "-1"), person("Otieno", meeting + "-2"))), 201);
        assertThat(created.text("status")).isEqualTo("UNDER_REVIEW");
        assertThat(created.text("reference")).startsWith("TSB/VISA/" + meeting + "/2010/");
        long id = created.body().path("id").asLong();

        JsonNode approved = check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200).body();
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        jobs.runDue();

        JsonNode issued = view(id, applicant);
        assertThat(issued.path("status").asText()).isEqualTo("LETTER_ISSUED");
        assertThat(issued.path("letters")).hasSize(2);
        long firstPerson = issued.path("participants").get(0).path("id").asLong();
        Api.Reply pdf = api.get("/api/requests/" + id + "/letters/" + firstPerson, applicant);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.raw(), 0, 5)).isEqualTo("%PDF-");
        String masked = issued.path("participants").get(0).path("passport").path("number").asText();
        assertThat(masked).startsWith("*****").doesNotContain("TESTPASS");
    }

    @Test
    void lateRequestIsRefusedWithTheDeadline() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        clock.setDay(LocalDate.of(2010, 5, 18));

        long id = submit(applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1")));

        JsonNode v = view(id, applicantOf(entity));
        assertThat(v.path("status").asText()).isEqualTo("REJECTED");
        assertThat(decisions(v, "SUBMISSION_WINDOW")).singleElement().asString()
                .contains("FAILED: Received 18 May 2010; the last day for this meeting was 17 May 2010");

        // the same decision, read by a French reader: worded when read, from its code and parameters
        JsonNode fr = api.call(get("/api/requests/" + id).header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.5"),
                applicantOf(entity), null).body();
        assertThat(decisions(fr, "SUBMISSION_WINDOW")).singleElement().asString()
                .contains("FAILED: Reçue le 18 mai 2010 ; le dernier jour pour cette réunion était le 17 mai 2010 (28 jours");
    }

    @Test
    void requestReceivedLateOnTheLastDayGenevaTimeIsInTime() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        // 23:30 in Geneva is already 18 May in some time zones, but TSB judges by Geneva's day
        clock.set(ZonedDateTime.of(2010, 5, 17, 23, 30, 0, 0, TimeConfig.GENEVA).toInstant());

        long id = submit(applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1")));

        assertThat(view(id, STAFF).path("status").asText()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void nonMemberIsRefusedButTheRequestStaysOnRecord() {
        long entity = api.entity("NON_MEMBER", null, null);
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Smith", entity, meeting + "-1", "APPROVED");

        long id = submit(applicantOf(entity), request(meeting, person("Smith", meeting + "-1")));

        JsonNode v = view(id, STAFF);
        assertThat(v.path("status").asText()).isEqualTo("REJECTED");
        assertThat(decisions(v, "ELIGIBILITY")).singleElement().asString()
                .contains("registered as non-member").contains("Member State, Sector Member, Associate");
    }

    @Test
    void lapsedMembershipIsRefusedWithThePeriod() {
        long entity = api.entity("SECTOR_MEMBER", LocalDate.of(2001, 1, 1), LocalDate.of(2010, 4, 30));
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Sharma", entity, meeting + "-1", "APPROVED");

        long id = submit(applicantOf(entity), request(meeting, person("Sharma", meeting + "-1")));

        assertThat(decisions(view(id, STAFF), "ELIGIBILITY")).singleElement().asString()
                .contains("was not active on 3 May 2010").contains("until 30 April 2010");
    }

    @Test
    void academiaIsEligibleWhenTheMeetingSaysSo() {
        long entity = api.entity("ACADEMIA", LocalDate.of(2011, 1, 1), null);
        String code = "M-" + Api.unique();
        check(api.post("/api/meetings", STAFF, Map.of("code", code, "title", "Academia welcome", "venue", "Geneva",
                "firstDay", "2012-06-14", "lastDay", "2012-06-15",
                "eligibleCategories", List.of("MEMBER_STATE", "ACADEMIA"))), 201);
        api.register(code, "Diallo", entity, code + "-1", "APPROVED");
        clock.setDay(LocalDate.of(2012, 4, 2));

        long id = submit(applicantOf(entity), request(code, person("Diallo", code + "-1")));

        assertThat(decisions(view(id, STAFF), "ELIGIBILITY")).singleElement().asString().startsWith("PASSED");
    }

    @Test
    void staffRecordFaxRequestsWithTheDateTheyArrived() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        clock.setDay(LocalDate.of(2010, 5, 20));
        Map<String, Object> body = request(meeting, person("Mwangi", meeting + "-1"));
        body.put("entityId", entity);
        body.put("channel", "FAX");
        body.put("receivedAt", "2010-05-17T16:30:00+02:00");

        long id = submit(STAFF, body);

        JsonNode v = view(id, STAFF);
        assertThat(v.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(v.path("channel").asText()).isEqualTo("FAX");
    }

    @Test
    void onlyStaffMaySetTheReceivedDate() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        Map<String, Object> body = request(meeting, person("Mwangi", meeting + "-1"));
        body.put("receivedAt", "2010-04-01");

        Api.Reply r = check(api.post("/api/requests", applicantOf(entity), body), 403);

        assertThat(r.contentType()).isEqualTo("application/problem+json");
        assertThat(r.body().path("errors").get(0).path("field").asText()).isEqualTo("receivedAt");
    }

    @Test
    void receivedDateCannotBeInTheFuture() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        Map<String, Object> body = request(meeting, person("Mwangi", meeting + "-1"));
        body.put("entityId", entity);
        body.put("receivedAt", "2010-05-04");
        body.put("channel", "FAX");

        Api.Reply r = check(api.post("/api/requests", STAFF, body), 400);

        assertThat(r.body().path("errors").toString()).contains("receivedAt").contains("cannot be in the future");
    }

    /** What staff record came by fax or e-mail, and says so: an online request is the entity's own. */
    @Test
    void staffRecordingARequestSayHowItCame() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        Map<String, Object> body = request(meeting, person("Mwangi", meeting + "-1"));
        body.put("entityId", entity);

        assertThat(fields(check(api.post("/api/requests", STAFF, body), 400))).containsExactly("channel");
        body.put("channel", "ONLINE");
        assertThat(check(api.post("/api/requests", STAFF, body), 400).body().path("errors").toString())
                .contains("must be one of: EMAIL, FAX");
        body.put("channel", "EMAIL");
        assertThat(check(api.post("/api/requests", STAFF, body), 201).body().path("status").asText()).isNotBlank();
    }

    @Test
    void pendingRegistrationIsAwaitedAndItsApprovalMovesTheRequestOnOnce() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        long registration = api.register(meeting, "Otieno", entity, meeting + "-1", "PENDING");

        long id = submit(applicantOf(entity), request(meeting, person("Otieno", meeting + "-1")));
        assertThat(view(id, STAFF).path("status").asText()).isEqualTo("AWAITING_REGISTRATION");

        api.setRegistrationStatus(registration, "APPROVED");
        JsonNode v = view(id, STAFF);
        assertThat(v.path("status").asText()).isEqualTo("UNDER_REVIEW");

        // a late change of the same registration must neither fail nor move the request again
        api.setRegistrationStatus(registration, "CANCELLED");
        JsonNode after = view(id, STAFF);
        assertThat(after.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(after.path("decisions")).hasSameSizeAs(v.path("decisions"));
    }

    @Test
    void registrationStillPendingWhenTheWindowClosesRemovesThatPerson() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        api.register(meeting, "Otieno", entity, meeting + "-2", "PENDING");
        long id = submit(applicantOf(entity),
                request(meeting, person("Mwangi", meeting + "-1"), person("Otieno", meeting + "-2")));
        assertThat(view(id, STAFF).path("status").asText()).isEqualTo("AWAITING_REGISTRATION");

        clock.set(ZonedDateTime.of(2010, 5, 17, 23, 59, 0, 0, TimeConfig.GENEVA).toInstant());
        jobs.runDue();
        assertThat(view(id, STAFF).path("status").asText()).isEqualTo("AWAITING_REGISTRATION");
        clock.set(ZonedDateTime.of(2010, 5, 18, 0, 0, 1, 0, TimeConfig.GENEVA).toInstant());
        jobs.runDue();

        JsonNode v = view(id, STAFF);
        assertThat(v.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(v.path("participants").get(1).path("status").asText()).isEqualTo("DROPPED");
        assertThat(v.path("participants").get(1).path("statusReason").asText())
                .contains("still not approved at the end of 17 May 2010");
    }

    @Test
    void nobodyConfirmedWhenTheWindowClosesRejectsTheRequest() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Otieno", entity, meeting + "-1", "PENDING");
        long id = submit(applicantOf(entity), request(meeting, person("Otieno", meeting + "-1")));

        clock.setDay(LocalDate.of(2010, 5, 18));
        jobs.runDue();

        JsonNode v = view(id, STAFF);
        assertThat(v.path("status").asText()).isEqualTo("REJECTED");
        assertThat(decisions(v, "REGISTRATION")).anyMatch(r -> r.startsWith("FAILED: Nobody on the request"));
    }

    @Test
    void rejectedRegistrationDropsOnlyThatPerson() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        api.register(meeting, "Otieno", entity, meeting + "-2", "REJECTED");

        long id = submit(applicantOf(entity),
                request(meeting, person("Mwangi", meeting + "-1"), person("Otieno", meeting + "-2")));

        JsonNode v = view(id, STAFF);
        assertThat(v.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(decisions(v, "REGISTRATION")).contains(
                "DROPPED: Participant 2: registration " + meeting + "-2 was rejected, so this person is removed from the request.");
    }

    @Test
    void cancelledRegistrationOfTheOnlyPersonRejectsTheRequest() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        long registration = api.register(meeting, "Otieno", entity, meeting + "-1", "PENDING");
        long id = submit(applicantOf(entity), request(meeting, person("Otieno", meeting + "-1")));

        api.setRegistrationStatus(registration, "CANCELLED");

        assertThat(view(id, STAFF).path("status").asText()).isEqualTo("REJECTED");
    }

    @Test
    void aPassportThatExpiresTooSoonIsRefusedBeforeAnythingIsStored() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        Map<String, Object> p = person("Mwangi", meeting + "-1");
        @SuppressWarnings("unchecked")
        Map<String, Object> passport = (Map<String, Object>) p.get("passport");
        passport.put("expiryDate", "2010-08-01");
        p.put("dateOfBirth", "1980-01-31");
        CurrentUser applicant = applicantOf(entity);
        int before = api.get("/api/requests", STAFF).body().path("total").asInt();

        Api.Reply refused = check(api.post("/api/requests", applicant, request(meeting, p)), 400);

        assertThat(refused.body().path("errors").get(0).path("field").asText())
                .isEqualTo("participants[0].passport.expiryDate");
        assertThat(refused.body().path("errors").get(0).path("message").asText()).contains("16 September 2010");
        assertThat(api.get("/api/requests", STAFF).body().path("total").asInt()).isEqualTo(before);
        // issued more than ten years before the request: refused the same way
        passport.put("expiryDate", "2012-08-01");
        passport.put("issueDate", "2000-05-02");
        assertThat(check(api.post("/api/requests", applicant, request(meeting, p)), 400).body().path("errors").get(0)
                .path("field").asText()).isEqualTo("participants[0].passport.issueDate");
    }

    @Test
    void passportErrorsTheProcessFindsGoBackToTheApplicantAndTheCorrectionIsCheckedAgain() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        long registration = api.register(meeting, "Mwangi", entity, meeting + "-1", "PENDING");
        Map<String, Object> p = person("Mwangi", meeting + "-1");
        @SuppressWarnings("unchecked")
        Map<String, Object> passport = (Map<String, Object>) p.get("passport");
        passport.put("expiryDate", "2010-10-01");
        CurrentUser applicant = applicantOf(entity);
        long id = submit(applicant, request(meeting, p));
        assertThat(view(id, applicant).path("status").asText()).isEqualTo("AWAITING_REGISTRATION");

        // the meeting now ends later: the passport no longer lasts three months after it
        api.moveLastDay(meeting, java.time.LocalDate.of(2010, 7, 20));
        api.setRegistrationStatus(registration, "APPROVED");
        JsonNode v = view(id, applicant);
        assertThat(v.path("status").asText()).isEqualTo("CHANGES_REQUESTED");
        assertThat(v.path("corrections").get(0).path("field").asText()).isEqualTo("passport.expiryDate");
        assertThat(v.path("corrections").get(0).path("message").asText()).contains("20 October 2010");

        long pid = v.path("participants").get(0).path("id").asLong();
        passport.put("expiryDate", "2012-08-01");
        JsonNode corrected = check(api.put("/api/requests/" + id + "/participants/" + pid, applicant, p), 200).body();

        assertThat(corrected.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(corrected.path("corrections")).isEmpty();
    }

    @Test
    void reviewerAsksForChangesAndTheAnswerReturnsToReview() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        CurrentUser applicant = applicantOf(entity);
        long id = submit(applicant, request(meeting, person("Mwangi", meeting + "-1")));

        Api.Reply noComment = check(api.post("/api/requests/" + id + "/review", STAFF,
                Map.of("decision", "REQUEST_CHANGES")), 400);
        assertThat(noComment.body().path("errors").get(0).path("field").asText()).isEqualTo("comment");

        JsonNode asked = check(api.post("/api/requests/" + id + "/review", STAFF,
                Map.of("decision", "REQUEST_CHANGES", "comment", "Give the function as on the registration")), 200).body();
        assertThat(asked.path("status").asText()).isEqualTo("CHANGES_REQUESTED");
        assertThat(asked.path("reviewComment").asText()).isEqualTo("Give the function as on the registration");

        long pid = asked.path("participants").get(0).path("id").asLong();
        Map<String, Object> p = person("Mwangi", meeting + "-1");
        p.put("function", "Senior engineer");
        JsonNode answered = check(api.put("/api/requests/" + id + "/participants/" + pid, applicant, p), 200).body();
        assertThat(answered.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(answered.path("participants").get(0).path("function").asText()).isEqualTo("Senior engineer");
    }

    @Test
    void rejectionNeedsAReasonAndEndsTheRequest() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        long id = submit(applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1")));

        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "REJECT", "comment", " ")), 400);
        JsonNode v = check(api.post("/api/requests/" + id + "/review", STAFF,
                Map.of("decision", "REJECT", "comment", "The signatory is not the focal point")), 200).body();

        assertThat(v.path("status").asText()).isEqualTo("REJECTED");
        assertThat(decisions(v, "REVIEW")).containsExactly("REJECTED: Rejected by TSB: The signatory is not the focal point");
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 409);
    }

    @Test
    void applicantWithdrawsBeforeLettersAndTheHistoryStays() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        CurrentUser applicant = applicantOf(entity);
        long id = submit(applicant, request(meeting, person("Mwangi", meeting + "-1")));

        JsonNode v = check(api.post("/api/requests/" + id + "/withdraw", applicant, null), 200).body();

        assertThat(v.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(decisions(v, "ELIGIBILITY")).hasSize(1);
        check(api.post("/api/requests/" + id + "/withdraw", applicant, null), 409);
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 409);
    }

    @Test
    void withdrawalWhileLettersAreQueuedStopsThem() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        CurrentUser applicant = applicantOf(entity);
        long id = submit(applicant, request(meeting, person("Mwangi", meeting + "-1")));
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);

        check(api.post("/api/requests/" + id + "/withdraw", applicant, null), 200);

        jobs.runDue();
        JsonNode v = view(id, applicant);
        assertThat(v.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(v.path("letters")).isEmpty();
    }

    @Test
    void reviewStillOpenFiveDaysBeforeTheMeetingIsEscalated() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        long id = submit(applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1")));

        clock.set(ZonedDateTime.of(2010, 6, 8, 23, 59, 0, 0, TimeConfig.GENEVA).toInstant());
        jobs.runDue();
        assertThat(view(id, STAFF).path("escalated").asBoolean()).isFalse();
        clock.setDay(LocalDate.of(2010, 6, 9));
        jobs.runDue();

        JsonNode v = view(id, STAFF);
        assertThat(v.path("escalated").asBoolean()).isTrue();
        assertThat(v.path("status").asText()).isEqualTo("UNDER_REVIEW");
        JsonNode inbox = check(api.get("/api/review/inbox?size=200", STAFF), 200).body().path("items");
        boolean seenNotEscalated = false;
        for (JsonNode line : inbox) {
            seenNotEscalated |= !line.path("escalated").asBoolean();
            assertThat(line.path("escalated").asBoolean() && seenNotEscalated).as("escalated first").isFalse();
        }
        assertThat(inbox.findValues("id")).extracting(JsonNode::asLong).contains(id);
    }

    /** The inbox is read a page at a time (never every request stored): escalated first, then the longest waiting. */
    @Test
    void theReviewInboxComesAPageAtATime() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        for (int i = 1; i <= 3; i++) {
            api.register(meeting, "Person" + i, entity, meeting + "-" + i, "APPROVED");
            submit(applicantOf(entity), request(meeting, person("Person" + i, meeting + "-" + i)));
        }
        jobs.runDue();
        JsonNode all = check(api.get("/api/review/inbox?size=200", STAFF), 200).body();
        long waiting = all.path("total").asLong();
        assertThat(waiting).isGreaterThanOrEqualTo(3).isEqualTo(all.path("items").size());
        assertThat(all.path("items").findValuesAsText("status")).containsOnly("UNDER_REVIEW");

        JsonNode first = check(api.get("/api/review/inbox?size=2", STAFF), 200).body();
        JsonNode second = check(api.get("/api/review/inbox?size=2&page=1", STAFF), 200).body();
        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("total").asLong()).isEqualTo(waiting);
        assertThat(second.path("items").get(0).path("id")).isEqualTo(all.path("items").get(2).path("id"));
        assertThat(fields(check(api.get("/api/review/inbox?size=0&page=-1", STAFF), 400))).containsExactly("page", "size");
        check(api.get("/api/review/inbox", applicantOf(entity)), 403);
    }
}
