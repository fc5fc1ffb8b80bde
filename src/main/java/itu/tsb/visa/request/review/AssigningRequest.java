package itu.tsb.visa.request.review;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.request.model.RequestActions;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisibleRequests;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Role;
import itu.tsb.visa.shared.NotAllowed;

/**
 * A member of staff takes a request under review, so that two do not review the same one: while it is
 * taken, only they decide on it. They release it, or their decision does; an admin can release anyone's
 * (someone away). Taking and releasing are in the request's history.
 */
@Service
@Transactional
public class AssigningRequest {

    private final VisibleRequests visible;
    private final AuditLog audit;
    private final Clock clock;

    AssigningRequest(VisibleRequests visible, AuditLog audit, Clock clock) {
        this.visible = visible;
        this.audit = audit;
        this.clock = clock;
    }

    public VisaRequest take(Long id, CurrentUser user) {
        VisaRequest request = visible.get(id, user);
        if (user.username().equals(request.getAssignedTo())) {
            return request;
        }
        RequestActions.require(RequestActions.Action.TAKE, request, user);
        request.assignTo(user.username(), clock.instant());
        audit.record(id, user.username(), "REQUEST_TAKEN", null);
        return request;
    }

    public VisaRequest release(Long id, CurrentUser user) {
        VisaRequest request = visible.get(id, user);
        RequestActions.require(RequestActions.Action.RELEASE, request, user);
        String holder = request.getAssignedTo();
        if (holder == null) {
            return request;
        }
        request.release();
        audit.record(id, user.username(), "REQUEST_RELEASED", holder.equals(user.username()) ? null : "taken by " + holder);
        return request;
    }
}
