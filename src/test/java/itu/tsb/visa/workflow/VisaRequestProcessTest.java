package itu.tsb.visa.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import itu.tsb.visa.reference.MembershipCategory;
import itu.tsb.visa.request.policy.EligibilityPolicy;

/**
 * Every path of the visa request process, with the delegates replaced by scripted outcomes: this tests
 * the routing, not the rules (those have their own tests). The coverage gate requires every flow node
 * and sequence flow to be passed.
 */
@Deployment(resources = {"bpmn/visa-request.bpmn", "bpmn/eligibility.dmn"})
class VisaRequestProcessTest {

    /**
     * Flow nodes and sequence flows together. The two flows leaving the event-based gateway are never
     * reported as taken by the engine (73 of 75 elements is the most the tool can count), so the flow
     * node gate below checks every node separately at 100%.
     */
    @RegisterExtension
    @Order(1)
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
            .assertClassCoverageAtLeast(73.0 / 75.0)
            .build();

    private static final Set<String> PASSED_NODES = new TreeSet<>();

    /** Runs before the engine extension removes the test's deployment (and with it the history). */
    @RegisterExtension
    @Order(2)
    static AfterTestExecutionCallback collectPassedNodes = context -> engine.getProcessEngine().getHistoryService()
            .createHistoricActivityInstanceQuery().list().forEach(a -> PASSED_NODES.add(a.getActivityId()));

    private static final Instant NOW = Instant.parse("2010-05-03T08:00:00Z");
    private static final Instant WINDOW_ENDS = Instant.parse("2010-05-17T22:00:00Z");
    private static final Instant ESCALATES = Instant.parse("2010-06-08T22:00:00Z");
    private static final Instant MEETING_BEGINS = Instant.parse("2010-06-13T22:00:00Z");

    private final Deque<String> registrationOutcomes = new ArrayDeque<>();
    private final Deque<Boolean> detailsOutcomes = new ArrayDeque<>();
    private boolean meetingAhead = true;
    private String letterError;
    private int expiries;
    private boolean eligible = true;
    private boolean inWindow = true;
    private int refusals;
    private int escalations;
    private int letterRuns;
    private int notifications;
    private boolean lettersFail;

    @BeforeEach
    void scriptTheDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register("checkMeetingAhead", (JavaDelegate) ex -> ex.setVariable(ProcessVariables.MEETING_AHEAD, meetingAhead));
        Mocks.register("expireRequest", (JavaDelegate) ex -> expiries++);
        // the table itself runs: a category it admits or not, and the table's answer routes
        Mocks.register("askEligibility", (ExecutionListener) ex -> EligibilityTable.ask(ex, new EligibilityPolicy.Question(
                MembershipCategory.MEMBER_STATE, eligible ? Set.of(MembershipCategory.MEMBER_STATE)
                        : Set.of(MembershipCategory.ACADEMIA), true)));
        Mocks.register("concludeEligibility", (ExecutionListener) ex -> ex.setVariable(ProcessVariables.ELIGIBLE,
                EligibilityTable.answer(ex) == EligibilityPolicy.Reason.ELIGIBLE));
        Mocks.register("checkSubmissionWindow", (JavaDelegate) ex -> ex.setVariable(ProcessVariables.IN_WINDOW, inWindow));
        Mocks.register("checkRegistrations",
                (JavaDelegate) ex -> ex.setVariable(ProcessVariables.REGISTRATIONS, registrationOutcomes.pop()));
        Mocks.register("refuseUnconfirmed", (JavaDelegate) ex -> refusals++);
        Mocks.register("checkTravelDocuments",
                (JavaDelegate) ex -> ex.setVariable(ProcessVariables.DETAILS_VALID, detailsOutcomes.pop()));
        Mocks.register("escalateReview", (JavaDelegate) ex -> escalations++);
        Mocks.register("generateLetters", (JavaDelegate) ex -> {
            letterRuns++;
            if (letterError != null) {
                throw new BpmnError(letterError);
            }
            if (lettersFail) {
                throw new IllegalStateException("letter storage unavailable");
            }
        });
        Mocks.register("notifyApplicant", (JavaDelegate) ex -> notifications++);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @AfterAll
    static void everyFlowNodeIsPassedByATest() {
        BpmnModelInstance model = Bpmn.readModelFromStream(
                VisaRequestProcessTest.class.getResourceAsStream("/bpmn/visa-request.bpmn"));
        Set<String> nodes = new TreeSet<>();
        model.getModelElementsByType(FlowNode.class).forEach(n -> nodes.add(n.getId()));
        assertThat(nodes).hasSizeGreaterThan(25);
        assertThat(PASSED_NODES).containsAll(nodes);
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, "42",
                Variables.createVariables().putValue(ProcessVariables.REQUEST_ID, 42L)
                        .putValue(ProcessVariables.REGISTRATION_WAIT_ENDS, Date.from(WINDOW_ENDS))
                        .putValue(ProcessVariables.REVIEW_ESCALATES_AT, Date.from(ESCALATES))
                        .putValue(ProcessVariables.MEETING_BEGINS, Date.from(MEETING_BEGINS)));
    }

    /** The one asynchronous continuation (not a timer) the instance waits on. */
    private Job asyncStep(ProcessInstance pi) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).messages().singleResult();
    }

    private Job timerAt(String activityId) {
        return managementService().createJobQuery().timers().activityId(activityId).singleResult();
    }

    private void review(String decision) {
        complete(task("Task_ReviewRequest"), withVariables(ProcessVariables.REVIEW_DECISION, decision));
    }

    @Test
    void requestForAMeetingAlreadyBegunIsTakenInAndExpiresAtOnce() {
        meetingAhead = false;

        ProcessInstance pi = start();

        assertThat(pi).hasPassedInOrder("StartEvent_RequestReceived", "Task_CheckMeetingAhead", "Gateway_MeetingAhead",
                "EndEvent_ExpiredOnArrival").isEnded();
        assertThat(pi).hasNotPassed("Task_CheckEligibility");
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void requestStillOpenWhenTheMeetingBeginsExpiresWhereverItWaits() {
        registrationOutcomes.add("CONFIRMED");
        detailsOutcomes.add(true);
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_ReviewRequest");
        Job begins = timerAt("StartEvent_MeetingBegins");
        assertThat(begins.getDuedate()).isEqualTo(Date.from(MEETING_BEGINS));

        ClockUtil.setCurrentTime(Date.from(MEETING_BEGINS.plusSeconds(1)));
        execute(begins);

        assertThat(pi).hasPassedInOrder("StartEvent_MeetingBegins", "Task_ExpireRequest", "EndEvent_RequestExpired")
                .isEnded();
        assertThat(expiries).isEqualTo(1);
        assertThat(escalations).isZero();
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void anApprovedRequestWhoseMeetingBeganBeforePrintingExpiresWithoutALetter() {
        registrationOutcomes.add("CONFIRMED");
        detailsOutcomes.add(true);
        letterError = ProcessVariables.ERROR_MEETING_BEGUN;
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_ReviewRequest");
        review("APPROVE");

        execute(asyncStep(pi));

        assertThat(pi).hasPassedInOrder("Task_GenerateLetters", "Event_MeetingBegunBeforePrinting",
                "EndEvent_ExpiredBeforePrinting").isEnded();
        assertThat(notifications).isZero();
    }

    @Test
    void aPassportNoLongerValidWhenPrintingGoesBackToTheApplicant() {
        registrationOutcomes.add("CONFIRMED");
        detailsOutcomes.addAll(List.of(true, true));
        letterError = ProcessVariables.ERROR_DETAILS_NO_LONGER_VALID;
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_ReviewRequest");
        review("APPROVE");

        execute(asyncStep(pi));
        assertThat(pi).hasPassed("Event_DetailsNoLongerValid").isWaitingAt("Task_CorrectDetails");
        letterError = null;
        complete(task());
        review("APPROVE");
        execute(asyncStep(pi));
        execute(asyncStep(pi));

        assertThat(pi).hasPassed("EndEvent_LetterIssued").isEnded();
        assertThat(letterRuns).isEqualTo(2);
        assertThat(notifications).isEqualTo(1);
    }

    @Test
    void ineligibleEntityEndsTheProcessAtOnce() {
        eligible = false;

        ProcessInstance pi = start();

        assertThat(pi).hasPassedInOrder("StartEvent_RequestReceived", "Task_CheckEligibility", "Gateway_Eligible",
                "EndEvent_NotEligible").isEnded();
    }

    @Test
    void lateRequestEndsAfterTheWindowCheck() {
        inWindow = false;

        ProcessInstance pi = start();

        assertThat(pi).hasPassedInOrder("Task_CheckEligibility", "Task_CheckSubmissionWindow", "EndEvent_TooLate")
                .isEnded();
    }

    @Test
    void requestWithNobodyRegisteredEnds() {
        registrationOutcomes.add("NONE_LEFT");

        ProcessInstance pi = start();

        assertThat(pi).hasPassedInOrder("Task_CheckRegistrations", "Gateway_Registrations", "EndEvent_NobodyRegistered")
                .isEnded();
    }

    @Test
    void confirmedRegistrationsAndValidDetailsReachReviewThenLetters() {
        registrationOutcomes.addAll(List.of("PENDING", "CONFIRMED"));
        detailsOutcomes.add(true);

        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Gateway_AwaitRegistration");

        runtimeService().createMessageCorrelation(ProcessVariables.MESSAGE_REGISTRATION_STATUS_CHANGED)
                .processInstanceBusinessKey("42").correlateAllWithResult();
        assertThat(pi).isWaitingAt("Task_ReviewRequest");

        review("APPROVE");
        assertThat(pi).isWaitingAt("Task_GenerateLetters");
        execute(asyncStep(pi));
        assertThat(pi).isWaitingAt("Task_NotifyApplicant");
        execute(asyncStep(pi));

        assertThat(pi).hasPassedInOrder("Gateway_AwaitRegistration", "Event_RegistrationStatusChanged",
                "Task_CheckRegistrations", "Task_CheckTravelDocuments", "Gateway_DetailsValid", "Task_ReviewRequest",
                "Gateway_ReviewDecision", "Task_GenerateLetters", "Task_NotifyApplicant", "EndEvent_LetterIssued")
                .isEnded();
        assertThat(letterRuns).isEqualTo(1);
        assertThat(notifications).isEqualTo(1);
    }

    @Test
    void duplicateRegistrationMessageDoesNotAdvanceTwice() {
        registrationOutcomes.addAll(List.of("PENDING", "CONFIRMED"));
        detailsOutcomes.add(true);
        ProcessInstance pi = start();

        for (int i = 0; i < 2; i++) {
            runtimeService().createMessageCorrelation(ProcessVariables.MESSAGE_REGISTRATION_STATUS_CHANGED)
                    .processInstanceBusinessKey("42").correlateAllWithResult();
        }

        assertThat(pi).isWaitingAt("Task_ReviewRequest");
        assertThat(registrationOutcomes).isEmpty();
    }

    @Test
    void windowClosingRemovesUnconfirmedPersonsAndChecksAgain() {
        registrationOutcomes.addAll(List.of("PENDING", "NONE_LEFT"));
        ProcessInstance pi = start();
        Job timer = timerAt("Event_RegistrationWindowClosed");
        assertThat(timer.getDuedate()).isEqualTo(Date.from(WINDOW_ENDS));

        ClockUtil.setCurrentTime(Date.from(WINDOW_ENDS.plusSeconds(1)));
        execute(timer);

        assertThat(pi).hasPassedInOrder("Event_RegistrationWindowClosed", "Task_RefuseUnconfirmed",
                "Task_CheckRegistrations", "EndEvent_NobodyRegistered").isEnded();
        assertThat(refusals).isEqualTo(1);
    }

    @Test
    void invalidDetailsGoBackToTheApplicantAndReviewCanAskForChangesOrReject() {
        registrationOutcomes.add("CONFIRMED");
        detailsOutcomes.addAll(List.of(false, true, true));
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_CorrectDetails");
        assertThat(task()).hasCandidateGroup("applicants");

        complete(task());
        assertThat(pi).isWaitingAt("Task_ReviewRequest");
        assertThat(task()).hasCandidateGroup("tsb-staff");

        review("REQUEST_CHANGES");
        assertThat(pi).isWaitingAt("Task_CorrectDetails");
        complete(task());
        review("REJECT");

        assertThat(pi).hasPassedInOrder("Task_CorrectDetails", "Task_CheckTravelDocuments", "Task_ReviewRequest",
                "Task_CorrectDetails", "Task_CheckTravelDocuments", "Task_ReviewRequest", "EndEvent_RequestRejected")
                .isEnded();
        assertThat(letterRuns).isZero();
    }

    @Test
    void reviewStillOpenAtTheEscalationDateIsEscalatedAndStaysOpen() {
        registrationOutcomes.add("CONFIRMED");
        detailsOutcomes.add(true);
        ProcessInstance pi = start();
        Job timer = timerAt("Event_ReviewOverdue");
        assertThat(timer.getDuedate()).isEqualTo(Date.from(ESCALATES));

        ClockUtil.setCurrentTime(Date.from(ESCALATES.plus(1, ChronoUnit.MINUTES)));
        execute(timer);

        assertThat(pi).hasPassed("Event_ReviewOverdue", "Task_EscalateReview", "EndEvent_ReviewEscalated")
                .isWaitingAt("Task_ReviewRequest");
        assertThat(escalations).isEqualTo(1);
    }

    @Test
    void withdrawalEndsTheProcessWhereverItWaits() {
        registrationOutcomes.add("PENDING");
        ProcessInstance pi = start();

        runtimeService().createMessageCorrelation(ProcessVariables.MESSAGE_WITHDRAW_REQUEST)
                .processInstanceBusinessKey("42").correlateAllWithResult();

        assertThat(pi).hasPassedInOrder("StartEvent_WithdrawalRequested", "EndEvent_RequestWithdrawn").isEnded();
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void letterGenerationThatKeepsFailingBecomesAnIncidentNotALostRequest() {
        registrationOutcomes.add("CONFIRMED");
        detailsOutcomes.add(true);
        lettersFail = true;
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_ReviewRequest");
        review("APPROVE");

        for (int attempt = 0; attempt < 3; attempt++) {
            Job job = managementService().createJobQuery().processInstanceId(pi.getId()).activityId("Task_GenerateLetters")
                    .singleResult();
            try {
                managementService().executeJob(job.getId());
            } catch (IllegalStateException expected) {
                // each failure leaves the job with one retry fewer, due after the retry interval
            }
            ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(1, ChronoUnit.HOURS)));
        }

        assertThat(letterRuns).isEqualTo(3);
        assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
        assertThat(pi).isNotEnded().isWaitingAt("Task_GenerateLetters");
    }
}
