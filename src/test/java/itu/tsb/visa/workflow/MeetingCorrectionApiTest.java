package itu.tsb.visa.workflow;

import static itu.tsb.visa.support.Api.AUDITOR;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** Staff correct a meeting: the change is audited, open requests' deadlines and timers move, a closed meeting takes no new request. */
class MeetingCorrectionApiTest extends ApiTest {

    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    @Autowired
    private ManagementService management;
    @Autowired
    private RuntimeService runtime;

    private static Map<String, Object> meetingBody(String first, String last) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Meeting, moved");
        body.put("venue", "ITU headquarters, Geneva");
        body.put("firstDay", first);
        body.put("lastDay", last);
        body.put("requestDaysBefore", 28);
        body.put("eligibleCategories", List.of("MEMBER_STATE", "SECTOR_MEMBER", "ASSOCIATE"));
        return body;
    }

    private LocalDate timerDay(long requestId, String activity) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(requestId))
                .singleResult().getId();
        return management.createJobQuery().processInstanceId(instance).activityId(activity).timers().singleResult()
                .getDuedate().toInstant().atZone(GENEVA).toLocalDate();
    }

    @Test
    void aMeetingMovedCarriesItsOpenRequestsDeadlinesAndTellsTheIssuedOnes() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        api.register(meeting, "Otieno", entity, meeting + "-2", "PENDING");
        api.register(meeting, "Kamau", entity, meeting + "-3", "APPROVED");
        long underReview = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))),
                201).body().path("id").asLong();
        long waiting = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Otieno", meeting + "-2"))),
                201).body().path("id").asLong();
        long issued = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Kamau", meeting + "-3"))),
                201).body().path("id").asLong();
        check(api.post("/api/requests/" + issued + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        jobs.runDue();
        assertThat(timerDay(underReview, "Event_ReviewOverdue")).isEqualTo(LocalDate.of(2010, 6, 9));

        assertThat(Api.fields(check(api.put("/api/meetings/" + meeting, STAFF, meetingBody("1800-01-01", "2010-06-23")), 400)))
                .containsExactly("firstDay");
        JsonNode moved = check(api.put("/api/meetings/" + meeting, STAFF, meetingBody("2010-06-21", "2010-06-23")), 200).body();
        assertThat(moved.path("lastDayForRequests").asText()).isEqualTo("2010-05-24");

        assertThat(timerDay(underReview, "Event_ReviewOverdue")).isEqualTo(LocalDate.of(2010, 6, 16));
        assertThat(timerDay(underReview, "StartEvent_MeetingBegins")).isEqualTo(LocalDate.of(2010, 6, 21));
        assertThat(timerDay(waiting, "Event_RegistrationWindowClosed")).isEqualTo(LocalDate.of(2010, 5, 25));
        // the former escalation day passes without escalating; the new one escalates
        clock.setDay(LocalDate.of(2010, 6, 12));
        jobs.runDue();
        assertThat(check(api.get("/api/requests/" + underReview, STAFF), 200).body().path("escalated").asBoolean()).isFalse();
        clock.setDay(LocalDate.of(2010, 6, 17));
        jobs.runDue();
        assertThat(check(api.get("/api/requests/" + underReview, STAFF), 200).body().path("escalated").asBoolean()).isTrue();

        JsonNode reference = check(api.get("/api/audit/reference", AUDITOR), 200).body();
        assertThat(reference.toString()).contains("meeting " + meeting + ": title: Meeting " + meeting
                + " -> Meeting, moved; firstDay: 2010-06-14 -> 2010-06-21; lastDay: 2010-06-16 -> 2010-06-23");
        assertThat(check(api.get("/api/requests/" + issued + "/history", AUDITOR), 200).body().path("entries").toString())
                .contains("MEETING_RESCHEDULED", "the letters issued show the former dates");
        assertThat(check(api.get("/api/requests/" + underReview + "/history", AUDITOR), 200).body().path("entries").toString())
                .contains("meeting " + meeting + " now 2010-06-21 to 2010-06-23, requests due by 2010-05-24; deadlines moved");
    }

    @Test
    void aClosedMeetingTakesNoNewRequestButOneReceivedBeforeItClosed() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        api.register(meeting, "Otieno", entity, meeting + "-2", "APPROVED");
        clock.set(clock.instant().plusSeconds(3600));
        JsonNode closed = check(api.post("/api/meetings/" + meeting + "/close", STAFF, null), 200).body();
        assertThat(closed.path("closedBy").asText()).isEqualTo(STAFF.username());

        Api.Reply refused = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))), 400);
        assertThat(refused.body().toString()).contains("closed to new requests by TSB on 3 May 2010");
        Map<String, Object> fax = request(meeting, person("Otieno", meeting + "-2"));
        fax.put("entityId", entity);
        fax.put("channel", "FAX");
        fax.put("receivedAt", "2010-05-03T11:00:00+02:00");
        check(api.post("/api/requests", STAFF, fax), 201);

        check(api.post("/api/meetings/" + meeting + "/reopen", STAFF, null), 200);
        check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))), 201);
        assertThat(check(api.get("/api/audit/reference", AUDITOR), 200).body().toString())
                .contains("MEETING_CLOSED", "MEETING_REOPENED");
    }
}
