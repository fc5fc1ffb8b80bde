package itu.tsb.visa.workflow;

import static itu.tsb.visa.workflow.ProcessVariables.DETAILS_VALID;
import static itu.tsb.visa.workflow.ProcessVariables.ELIGIBLE;
import static itu.tsb.visa.workflow.ProcessVariables.ERROR_DETAILS_NO_LONGER_VALID;
import static itu.tsb.visa.workflow.ProcessVariables.ERROR_MEETING_BEGUN;
import static itu.tsb.visa.workflow.ProcessVariables.IN_WINDOW;
import static itu.tsb.visa.workflow.ProcessVariables.MEETING_AHEAD;
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
import itu.tsb.visa.request.process.LetterSteps;
import itu.tsb.visa.request.process.PersonSteps;
import itu.tsb.visa.request.process.RuleSteps;

/**
 * The delegates of the visa request process, by the names its service tasks use. Each calls one use
 * case and stores only the routing fact it returns.
 */
@Configuration
class ProcessDelegates {

    @Bean
    JavaDelegate checkMeetingAhead(RuleSteps rules) {
        return execution -> route(execution, MEETING_AHEAD, rules.checkMeetingAhead(requestId(execution)));
    }

    @Bean
    JavaDelegate expireRequest(RuleSteps rules) {
        return execution -> rules.expireOpenRequest(requestId(execution));
    }

    /**
     * Before the eligibility table (a business rule task) runs: its inputs, transient. They hold nothing
     * personal, and the engine's record of the evaluation keeps them.
     */
    @Bean
    ExecutionListener askEligibility(RuleSteps rules) {
        return execution -> EligibilityTable.ask(execution, rules.eligibilityQuestion(requestId(execution)));
    }

    /** After it: the domain records the table's answer as the request's decision and gives the way on. */
    @Bean
    ExecutionListener concludeEligibility(RuleSteps rules) {
        return execution -> route(execution, ELIGIBLE, rules.concludeEligibility(requestId(execution),
                EligibilityTable.answer(execution)));
    }

    @Bean
    JavaDelegate checkSubmissionWindow(RuleSteps rules) {
        return execution -> route(execution, IN_WINDOW, rules.checkSubmissionWindow(requestId(execution)));
    }

    @Bean
    JavaDelegate checkRegistrations(PersonSteps persons) {
        return execution -> route(execution, REGISTRATIONS,
                persons.checkRegistrations(requestId(execution)).name());
    }

    @Bean
    JavaDelegate refuseUnconfirmed(PersonSteps persons) {
        return execution -> persons.refuseUnconfirmed(requestId(execution));
    }

    @Bean
    JavaDelegate checkTravelDocuments(PersonSteps persons) {
        return execution -> route(execution, DETAILS_VALID, persons.checkTravelDocuments(requestId(execution)));
    }

    @Bean
    JavaDelegate escalateReview(RuleSteps rules) {
        return execution -> rules.escalateReview(requestId(execution));
    }

    /**
     * Prints only what still holds at this moment; otherwise the process routes by a named error. The
     * letters and the request's final status are stored in the job's one transaction: a withdrawal that
     * commits first undoes the letters, one that comes later finds the request final.
     */
    @Bean
    JavaDelegate generateLetters(LetterSteps letterSteps, Letters letters) {
        return execution -> {
            Long id = requestId(execution);
            switch (letterSteps.checkBeforePrinting(id)) {
                case ISSUABLE -> {
                    letters.issueFor(id);
                    letterSteps.lettersIssued(id);
                }
                case MEETING_BEGUN -> throw new BpmnError(ERROR_MEETING_BEGUN);
                case DETAILS_NO_LONGER_VALID -> throw new BpmnError(ERROR_DETAILS_NO_LONGER_VALID);
            }
        };
    }

    @Bean
    JavaDelegate notifyApplicant(LetterSteps letterSteps) {
        return execution -> letterSteps.tellLettersIssued(requestId(execution));
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
