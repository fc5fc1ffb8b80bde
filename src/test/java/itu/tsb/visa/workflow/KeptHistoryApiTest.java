package itu.tsb.visa.workflow;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import itu.tsb.visa.support.ApiTest;

/**
 * The engine writes of a request's process what the auditor's record reads (steps, tasks with who
 * completed them) and not its variables, their changes, candidate-group links, gateways or the log of jobs
 * that ran without failing (failed attempts are kept: see {@link FailedLetterStepApiTest}).
 */
class KeptHistoryApiTest extends ApiTest {

    @Autowired
    private HistoryService history;

    @Test
    void aRequestToItsLettersLeavesItsStepsAndTasksInTheEngineHistoryAndNothingElse() {
        long identityLinks = history.createHistoricIdentityLinkLogQuery().count();
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        long id = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))),
                201).body().path("id").asLong();
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        jobs.runDue();
        assertThat(api.get("/api/requests/" + id, STAFF).body().path("status").asText()).isEqualTo("LETTER_ISSUED");

        String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                .singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).list())
                .extracting(HistoricActivityInstance::getActivityId)
                .containsExactlyInAnyOrder("StartEvent_RequestReceived", "Task_CheckMeetingAhead", "Task_CheckEligibility",
                        "Task_CheckSubmissionWindow", "Task_CheckRegistrations", "Task_CheckTravelDocuments",
                        "Task_ReviewRequest", "Task_GenerateLetters", "Task_NotifyApplicant", "EndEvent_LetterIssued");
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).singleResult().getAssignee())
                .isEqualTo(STAFF.username());
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricJobLogQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricIdentityLinkLogQuery().count()).isEqualTo(identityLinks);

        // the diagram still shows the gateways passed, inferred from the steps they lead to
        assertThat(check(api.get("/api/requests/" + id + "/progress", STAFF), 200).body().path("passed").toString())
                .contains("Gateway_MeetingAhead", "Gateway_Eligible", "Gateway_ReviewDecision", "EndEvent_LetterIssued");
    }
}
