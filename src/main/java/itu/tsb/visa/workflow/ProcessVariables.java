package itu.tsb.visa.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Every process variable, message and element id the code uses, defined once. */
final class ProcessVariables {

    static final String PROCESS_KEY = "Process_VisaRequest";
    static final String DECISION_ELIGIBILITY = "Decision_Eligibility";

    static final String REQUEST_ID = "requestId";
    static final String REGISTRATION_WAIT_ENDS = "registrationWaitEnds";
    static final String REVIEW_ESCALATES_AT = "reviewEscalatesAt";
    static final String MEETING_BEGINS = "meetingBegins";
    static final String MEETING_AHEAD = "meetingAhead";
    static final String ELIGIBLE = "eligible";
    static final String IN_WINDOW = "inWindow";
    static final String REGISTRATIONS = "registrations";
    static final String DETAILS_VALID = "detailsValid";
    static final String REVIEW_DECISION = "reviewDecision";

    static final String MESSAGE_REGISTRATION_STATUS_CHANGED = "Message_RegistrationStatusChanged";
    static final String MESSAGE_WITHDRAW_REQUEST = "Message_WithdrawRequest";

    static final String ERROR_MEETING_BEGUN = "MeetingBegun";
    static final String ERROR_DETAILS_NO_LONGER_VALID = "DetailsNoLongerValid";

    static final String TASK_CORRECT_DETAILS = "Task_CorrectDetails";
    static final String TASK_REVIEW_REQUEST = "Task_ReviewRequest";
    static final String TASK_GENERATE_LETTERS = "Task_GenerateLetters";

    private ProcessVariables() {
    }

    static Long requestId(DelegateExecution execution) {
        Object value = execution.getVariable(REQUEST_ID);
        if (!(value instanceof Long id)) {
            throw new IllegalStateException("process " + execution.getProcessInstanceId() + " has no " + REQUEST_ID);
        }
        return id;
    }
}
