package itu.tsb.visa.request;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.NotAllowed;

/**
 * The requests a user may see: an administration sees its entity's, TSB staff and auditors see all. A
 * request the caller may not see does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class VisibleRequests {

    private final VisaRequestRepository requests;

    VisibleRequests(VisaRequestRepository requests) {
        this.requests = requests;
    }

    public VisaRequest get(Long id, CurrentUser user) {
        VisaRequest request = requests.findById(id).orElseThrow(() -> new RequestNotFound(id));
        if (!user.maySee(request.getOrganizationId())) {
            throw new RequestNotFound(id);
        }
        return request;
    }

    public List<VisaRequest> list(CurrentUser user) {
        return user.isApplicant() ? requests.findByOrganizationIdOrderByIdDesc(user.entityId())
                : requests.findAllByOrderByIdDesc();
    }

    /** A request the caller may change: TSB staff, or an applicant of its entity. */
    VisaRequest toChange(Long id, CurrentUser user) {
        VisaRequest request = get(id, user);
        if (!(user.isStaff() || (user.isApplicant() && user.maySee(request.getOrganizationId())))) {
            throw new NotAllowed("Your role does not allow changing this request.");
        }
        return request;
    }
}
