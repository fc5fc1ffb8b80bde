package itu.tsb.visa.request.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.InvalidInput;
import itu.tsb.visa.shared.NotAllowed;
import itu.tsb.visa.shared.NotFound;
import itu.tsb.visa.shared.crypto.PersonalDataCipher;
import itu.tsb.visa.shared.time.TimeConfig;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * The requests a user may see: an administration sees its entity's, TSB staff and auditors see all. A
 * request the caller may not see does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class VisibleRequests {

    /** Requests of one family name given to the search as ids; more (a very common name) go as a subquery. */
    private static final int MAX_NAMED = 500;

    private final VisaRequestRepository requests;
    private final ReferenceData reference;

    VisibleRequests(VisaRequestRepository requests, ReferenceData reference) {
        this.requests = requests;
        this.reference = reference;
    }

    /**
     * One page of the requests the user may see that match the search, in its order (ties: newest first).
     * An unknown meeting is an {@link InvalidInput}, not an empty page.
     */
    public Page<VisaRequest> search(RequestSearch s, CurrentUser user) {
        Long meetingId = s.meeting() == null ? null : meetingId(s.meeting());
        // the requests naming a person of that family name, through its keyed hash (names are encrypted), found
        // first: the few ids then join the reference's match in one condition the indexes answer together
        List<String> keys = s.q() == null ? List.of() : PersonalDataCipher.current().searchKeys(s.q());
        List<Long> named = keys.isEmpty() ? List.of() : requests.idsNaming(keys);
        Specification<VisaRequest> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (user.isApplicant()) {
                where.add(cb.equal(root.get("organizationId"), user.entityId()));
            }
            if (meetingId != null) {
                where.add(cb.equal(root.get("meetingId"), meetingId));
            }
            if (s.entityId() != null) {
                where.add(cb.equal(root.get("organizationId"), s.entityId()));
            }
            if (!s.statuses().isEmpty()) {
                where.add(root.get("status").in(s.statuses()));
            }
            if (s.escalated() != null) {
                where.add(cb.equal(root.get("escalated"), s.escalated()));
            }
            if (s.receivedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("receivedAt"),
                        s.receivedFrom().atStartOfDay(TimeConfig.GENEVA).toInstant()));
            }
            if (s.receivedTo() != null) {
                where.add(cb.lessThan(root.get("receivedAt"),
                        s.receivedTo().plusDays(1).atStartOfDay(TimeConfig.GENEVA).toInstant()));
            }
            if (s.q() != null) {
                String escaped = s.q().toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                Predicate byReference = cb.like(cb.upper(root.get("reference")), "%" + escaped + "%", '\\');
                // or a person's family name, whole
                if (named.isEmpty()) {
                    where.add(byReference);
                } else if (named.size() <= MAX_NAMED) {
                    where.add(cb.or(byReference, root.get("id").in(named)));
                } else {
                    Subquery<Long> naming = query.subquery(Long.class);
                    Root<Participant> p = naming.from(Participant.class);
                    naming.select(p.get("request").get("id")).where(p.get("familyNameKey").in(keys));
                    where.add(cb.or(byReference, root.get("id").in(naming)));
                }
            }
            if (s.rule() != null || s.outcome() != null) {
                Subquery<Long> decided = query.subquery(Long.class);
                Root<Decision> d = decided.from(Decision.class);
                List<Predicate> match = new ArrayList<>(List.of(cb.equal(d.get("requestId"), root.get("id"))));
                if (s.rule() != null) {
                    match.add(cb.equal(d.get("rule"), s.rule()));
                }
                if (s.outcome() != null) {
                    match.add(cb.equal(d.get("outcome"), s.outcome()));
                }
                where.add(cb.exists(decided.select(d.get("requestId")).where(match.toArray(Predicate[]::new))));
            }
            // the meeting nearest first: its first day, from the meeting (not for the count, which needs no order)
            if ("deadline".equals(s.sort()) && !Long.class.equals(query.getResultType())) {
                Root<Meeting> m = query.from(Meeting.class);
                where.add(cb.equal(m.get("id"), root.get("meetingId")));
                query.orderBy(cb.asc(m.get("firstDay")), cb.desc(root.get("id")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Sort sort = switch (s.sort()) {
            case "reference" -> Sort.by(Sort.Order.asc("reference"), Sort.Order.desc("id"));
            case "received" -> Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"));
            default -> Sort.unsorted(); // deadline: ordered in the query
        };
        return requests.findAll(spec, PageRequest.of(s.page(), s.size(), sort));
    }

    private Long meetingId(String code) {
        try {
            return reference.meeting(code).getId();
        } catch (NotFound e) {
            throw InvalidInput.of("meeting", "there is no meeting " + code);
        }
    }

    public VisaRequest get(Long id, CurrentUser user) {
        VisaRequest request = requests.findById(id).orElseThrow(() -> new RequestNotFound(id));
        if (!user.maySee(request.getOrganizationId())) {
            throw new RequestNotFound(id);
        }
        return request;
    }

    /** A page of the requests waiting for review (staff only: an applicant reviews nothing). */
    public Page<VisaRequest> inbox(CurrentUser user, int page, int size) {
        if (!user.isStaff()) {
            throw new itu.tsb.visa.shared.NotAllowed("Only TSB staff review requests.");
        }
        return requests.findInbox(PageRequest.of(page, size));
    }

    /**
     * As {@link #toChange}, its row held until the transaction ends: two changes of one request (a
     * correction and a member of staff's change) run one after the other, the second seeing the first.
     */
    public VisaRequest toChangeAlone(Long id, CurrentUser user) {
        requests.lockById(id);
        return toChange(id, user);
    }

    /** A request the caller may change: TSB staff, or an applicant of its entity. */
    public VisaRequest toChange(Long id, CurrentUser user) {
        VisaRequest request = get(id, user);
        if (!(user.isStaff() || (user.isApplicant() && user.maySee(request.getOrganizationId())))) {
            throw new NotAllowed("Your role does not allow changing this request.");
        }
        return request;
    }
}
