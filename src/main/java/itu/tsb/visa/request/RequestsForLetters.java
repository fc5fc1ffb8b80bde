package itu.tsb.visa.request;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.request.model.Participant;
import itu.tsb.visa.request.model.RequestActions;
import itu.tsb.visa.request.model.RequestNotFound;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisaRequestRepository;
import itu.tsb.visa.request.model.VisibleRequests;
import itu.tsb.visa.security.CurrentUser;

/**
 * What {@code letter/} reads of requests, as read models rather than the aggregate: what a letter prints,
 * the request a caller may see before downloading or revoking one, and the meeting a letter is for.
 */
@Service
@Transactional(readOnly = true)
public class RequestsForLetters {

    private final VisaRequestRepository requests;
    private final VisibleRequests visible;

    RequestsForLetters(VisaRequestRepository requests, VisibleRequests visible) {
        this.requests = requests;
        this.visible = visible;
    }

    /** A request as its letters print it, with the persons who get one. */
    public record ToPrint(Long requestId, String reference, Long meetingId, Long entityId, String language,
            String signatoryName, String signatoryTitle, LocalDate receivedDate, List<Holder> holders) {
    }

    /** One person who gets a letter: their position on the request and their details. */
    public record Holder(Long participantId, int position, PersonDetails details) {
    }

    /** A request and its reference, once the caller is known to see it. */
    public record Seen(Long requestId, String reference) {
    }

    /** Every person still on the request (the process asks; no access check). */
    public ToPrint toPrint(Long requestId) {
        VisaRequest request = load(requestId);
        return toPrint(request, request.activeParticipants());
    }

    /** One person of the request, whose details were corrected after issue. */
    public ToPrint toPrint(Long requestId, Long participantId) {
        VisaRequest request = load(requestId);
        return toPrint(request, request.participant(participantId).stream().toList());
    }

    /**
     * The request whose letter the caller revokes, if they may see it and revoke its letters (as
     * {@link RequestActions} says); otherwise {@link RequestNotFound} or the refusal.
     */
    public Seen toRevokeBy(Long requestId, CurrentUser user) {
        VisaRequest request = visible.get(requestId, user);
        RequestActions.require(RequestActions.Action.REVOKE_LETTER, request, user);
        return new Seen(request.getId(), request.getReference());
    }

    /** The request, if the caller may see it; otherwise {@link RequestNotFound}. */
    public Seen seenBy(Long requestId, CurrentUser user) {
        VisaRequest request = visible.get(requestId, user);
        return new Seen(request.getId(), request.getReference());
    }

    /** The meeting of a request, for the public verification page (which reads nothing else of it). */
    public Long meetingOf(Long requestId) {
        return requests.findMeetingId(requestId);
    }

    private static ToPrint toPrint(VisaRequest r, List<Participant> persons) {
        return new ToPrint(r.getId(), r.getReference(), r.getMeetingId(), r.getOrganizationId(), r.getLanguage(),
                r.getSignatoryName(), r.getSignatoryTitle(), r.receivedDate(),
                persons.stream().map(p -> new Holder(p.getId(), p.getPosition(), p.details())).toList());
    }

    private VisaRequest load(Long id) {
        return requests.findById(id).orElseThrow(() -> new RequestNotFound(id));
    }
}
