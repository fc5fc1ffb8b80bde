package itu.tsb.visa.workflow;

import static itu.tsb.visa.workflow.ProcessVariables.DETAILS_VALID;
import static itu.tsb.visa.workflow.ProcessVariables.ELIGIBLE;
import static itu.tsb.visa.workflow.ProcessVariables.IN_WINDOW;
import static itu.tsb.visa.workflow.ProcessVariables.REGISTRATIONS;
import static itu.tsb.visa.workflow.ProcessVariables.requestId;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import itu.tsb.visa.letter.Letters;
import itu.tsb.visa.request.RequestLifecycle;

/**
 * The delegates of the visa request process, by the names its service tasks use. Each calls one use
 * case and stores only the routing fact it returns.
 */
@Configuration
class ProcessDelegates {

    @Bean
    JavaDelegate checkEligibility(RequestLifecycle lifecycle) {
        return execution -> execution.setVariable(ELIGIBLE, lifecycle.checkEligibility(requestId(execution)));
    }

    @Bean
    JavaDelegate checkSubmissionWindow(RequestLifecycle lifecycle) {
        return execution -> execution.setVariable(IN_WINDOW, lifecycle.checkSubmissionWindow(requestId(execution)));
    }

    @Bean
    JavaDelegate checkRegistrations(RequestLifecycle lifecycle) {
        return execution -> execution.setVariable(REGISTRATIONS,
                lifecycle.checkRegistrations(requestId(execution)).name());
    }

    @Bean
    JavaDelegate refuseUnconfirmed(RequestLifecycle lifecycle) {
        return execution -> lifecycle.refuseUnconfirmed(requestId(execution));
    }

    @Bean
    JavaDelegate checkTravelDocuments(RequestLifecycle lifecycle) {
        return execution -> execution.setVariable(DETAILS_VALID, lifecycle.checkTravelDocuments(requestId(execution)));
    }

    @Bean
    JavaDelegate escalateReview(RequestLifecycle lifecycle) {
        return execution -> lifecycle.escalateReview(requestId(execution));
    }

    @Bean
    JavaDelegate generateLetters(Letters letters) {
        return execution -> letters.issueFor(requestId(execution));
    }

    @Bean
    JavaDelegate notifyApplicant(RequestLifecycle lifecycle) {
        return execution -> lifecycle.lettersIssued(requestId(execution));
    }
}
