package itu.tsb.visa.workflow;

import static itu.tsb.visa.workflow.ProcessVariables.DETAILS_VALID;
import static itu.tsb.visa.workflow.ProcessVariables.ELIGIBLE;
import static itu.tsb.visa.workflow.ProcessVariables.ERROR_DETAILS_NO_LONGER_VALID;
import static itu.tsb.visa.workflow.ProcessVariables.ERROR_MEETING_BEGUN;
import static itu.tsb.visa.workflow.ProcessVariables.MEETING_AHEAD;
import static itu.tsb.visa.workflow.ProcessVariables.IN_WINDOW;
import static itu.tsb.visa.workflow.ProcessVariables.REGISTRATIONS;
import static itu.tsb.visa.workflow.ProcessVariables.requestId;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import itu.tsb.visa.letter.Letters;
import itu.tsb.visa.request.process.RequestLifecycle;

/**
 * The delegates of the visa request process, by the names its service tasks use. Each calls one use
 * case and stores only the routing fact it returns.
 */
@Configuration
class ProcessDelegates {

    @Bean
    JavaDelegate checkMeetingAhead(RequestLifecycle lifecycle) {
        return execution -> route(execution, MEETING_AHEAD, lifecycle.checkMeetingAhead(requestId(execution)));
    }

    @Bean
    JavaDelegate expireRequest(RequestLifecycle lifecycle) {
        return execution -> lifecycle.expireOpenRequest(requestId(execution));
    }

    /**
     * Before the eligibility table (a business rule task) runs: its inputs, transient. They hold nothing
     * personal, and the engine's record of the evaluation keeps them.
     */
    @Bean
    ExecutionListener askEligibility(RequestLifecycle lifecycle) {
        return execution -> EligibilityTable.ask(execution, lifecycle.eligibilityQuestion(requestId(execution)));
    }

    /** After it: the domain records the table's answer as the request's decision and gives the way on. */
    @Bean
    ExecutionListener concludeEligibility(RequestLifecycle lifecycle) {
        return execution -> route(execution, ELIGIBLE, lifecycle.concludeEligibility(requestId(execution),
                EligibilityTable.answer(execution)));
    }

    @Bean
    JavaDelegate checkSubmissionWindow(RequestLifecycle lifecycle) {
        return execution -> route(execution, IN_WINDOW, lifecycle.checkSubmissionWindow(requestId(execution)));
    }

    @Bean
    JavaDelegate checkRegistrations(RequestLifecycle lifecycle) {
        return execution -> route(execution, REGISTRATIONS,
                lifecycle.checkRegistrations(requestId(execution)).name());
    }

    @Bean
    JavaDelegate refuseUnconfirmed(RequestLifecycle lifecycle) {
        return execution -> lifecycle.refuseUnconfirmed(requestId(execution));
    }

    @Bean
    JavaDelegate checkTravelDocuments(RequestLifecycle lifecycle) {
        return execution -> route(execution, DETAILS_VALID, lifecycle.checkTravelDocuments(requestId(execution)));
    }

    @Bean
    JavaDelegate escalateReview(RequestLifecycle lifecycle) {
        return execution -> lifecycle.escalateReview(requestId(execution));
    }

    /**
     * Prints only what still holds at this moment; otherwise the process routes by a named error. The
     * letters and the request's final status are stored in the job's one transaction: a withdrawal that
     * commits first undoes the letters, one that comes later finds the request final.
     */
    @Bean
    JavaDelegate generateLetters(RequestLifecycle lifecycle, Letters letters) {
        return execution -> {
            Long id = requestId(execution);
            switch (lifecycle.checkBeforePrinting(id)) {
                case ISSUABLE -> {
                    letters.issueFor(id);
                    lifecycle.lettersIssued(id);
                }
                case MEETING_BEGUN -> throw new BpmnError(ERROR_MEETING_BEGUN);
                case DETAILS_NO_LONGER_VALID -> throw new BpmnError(ERROR_DETAILS_NO_LONGER_VALID);
            }
        };
    }

    @Bean
    JavaDelegate notifyApplicant(RequestLifecycle lifecycle) {
        return execution -> lifecycle.tellLettersIssued(requestId(execution));
    }

    /**
     * A routing fact for the gateway that follows the step in the same transaction: transient, so it is
     * neither stored nor copied into history (the decision behind it is recorded by the domain, and the
     * path taken is in the activity history).
     */
    private static void route(DelegateExecution execution, String name, Object fact) {
        execution.setVariable(name, Variables.untypedValue(fact, true));
    }
}
