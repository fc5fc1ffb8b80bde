package itu.tsb.visa.request.submission;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.RequestWorkflow;
import itu.tsb.visa.request.model.DecisionRecord;
import itu.tsb.visa.request.model.Outcome;
import itu.tsb.visa.request.model.RequestActions;
import itu.tsb.visa.request.model.Rule;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisibleRequests;
import itu.tsb.visa.request.policy.RequestChecks;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.WrongState;
import itu.tsb.visa.shared.text.Wording;

/** The applicant (or TSB staff) withdraws an open request; its process ends and its registrations are free again. */
@Service
@Transactional
public class WithdrawingRequest {

    private final VisibleRequests visible;
    private final RequestChecks checks;
    private final DecisionRecord decisions;
    private final RequestWorkflow workflow;
    private final AuditLog audit;

    WithdrawingRequest(VisibleRequests visible, RequestChecks checks, DecisionRecord decisions, RequestWorkflow workflow,
            AuditLog audit) {
        this.visible = visible;
        this.checks = checks;
        this.decisions = decisions;
        this.workflow = workflow;
        this.audit = audit;
    }

    public VisaRequest withdraw(Long id, CurrentUser user) {
        VisaRequest request = visible.toChange(id, user);
        if (request.getStatus() == RequestStatus.EXPIRED) {
            checks.refuseIfMeetingBegun(request, "withdrawn");
        }
        RequestActions.require(RequestActions.Action.WITHDRAW, request, user);
        request.withdraw();
        decisions.record(request, null, Rule.WITHDRAWAL, Outcome.WITHDRAWN, Wording.of("withdrawal.byUser", "user",
                user.username()), null, user.username());
        audit.record(id, user.username(), "REQUEST_WITHDRAWN", null);
        workflow.withdrawn(id);
        return request;
    }
}
