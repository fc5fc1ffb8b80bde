package itu.tsb.visa.request.review;

import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisibleRequests;
import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditLog;
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
        if (!user.isStaff()) {
            throw new NotAllowed("Only TSB staff take requests to review.");
        }
        VisaRequest request = visible.get(id, user);
        if (user.username().equals(request.getAssignedTo())) {
            return request;
        }
        request.assignTo(user.username(), clock.instant());
        audit.record(id, user.username(), "REQUEST_TAKEN", null);
        return request;
    }

    public VisaRequest release(Long id, CurrentUser user) {
        if (!user.isStaff()) {
            throw new NotAllowed("Only TSB staff release requests.");
        }
        VisaRequest request = visible.get(id, user);
        String holder = request.getAssignedTo();
        if (holder == null) {
            return request;
        }
        if (!holder.equals(user.username()) && user.role() != Role.ADMIN) {
            throw new NotAllowed("Request " + request.getReference() + " is taken by " + holder
                    + "; only they, or an admin, can release it.");
        }
        request.release();
        audit.record(id, user.username(), "REQUEST_RELEASED", holder.equals(user.username()) ? null : "taken by " + holder);
        return request;
    }
}
