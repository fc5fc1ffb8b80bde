package itu.tsb.visa.request.submission;

import static itu.tsb.visa.shared.text.Dates.human;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.request.Channel;
import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.RequestWorkflow;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisaRequestRepository;
import itu.tsb.visa.request.policy.MeetingAheadPolicy;
import itu.tsb.visa.request.policy.RequestChecks;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.DomainException;
import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.InvalidInput;
import itu.tsb.visa.shared.NotAllowed;
import itu.tsb.visa.shared.time.TimeConfig;

/**
 * An administration submits a request online, or TSB staff record one received by fax or e-mail with the
 * day it was received. Every field is checked before anything is stored; then the request is stored and
 * its process starts, in one transaction.
 */
@NamedInterface("submission")
@Service
@Transactional
public class SubmittingRequest {

    public static final int ESCALATE_REVIEW_DAYS_BEFORE = 5;
    /** No request was received before this: an earlier received date is a typing error. */
    static final Instant EARLIEST_RECEIVED = LocalDate.of(2000, 1, 1).atStartOfDay(TimeConfig.GENEVA).toInstant();

    private final VisaRequestRepository requests;
    private final IdempotencyKeyRepository idempotencyKeys;
    private final ReferenceData reference;
    private final RequestChecks checks;
    private final RequestWorkflow workflow;
    private final AuditLog audit;
    private final Clock clock;

    SubmittingRequest(VisaRequestRepository requests, IdempotencyKeyRepository idempotencyKeys, ReferenceData reference,
            RequestChecks checks, RequestWorkflow workflow, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.idempotencyKeys = idempotencyKeys;
        this.reference = reference;
        this.checks = checks;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /** The request an earlier submission with this key created, if any. */
    /** What a submission answers: the request's id, its reference, and the status its checks took it to. */
    @NamedInterface("submission")
    public record Submitted(Long id, String reference, RequestStatus status) {
        static Submitted of(VisaRequest request) {
            return new Submitted(request.getId(), request.getReference(), request.getStatus());
        }
    }

    @Transactional(readOnly = true)
    public Optional<Long> byIdempotencyKey(CurrentUser user, String key) {
        return idempotencyKeys.findById(new IdempotencyKey.Id(user.username(), key)).map(IdempotencyKey::getRequestId);
    }

    /**
     * Stores the request and starts its process. A submission sent again with the same idempotency key
     * answers the request the first one created, even when the first committed while this one waited
     * (its persons' registrations are then held by that request, which must not count against it).
     */
    public Submitted submit(SubmitRequest cmd, CurrentUser user, String idempotencyKey) {
        if (idempotencyKey != null) {
            Optional<VisaRequest> earlier = byIdempotencyKey(user, idempotencyKey).flatMap(requests::findById);
            if (earlier.isPresent()) {
                return Submitted.of(earlier.get());
            }
        }
        List<FieldError> errors = new ArrayList<>();
        Long entityId = cmd.entityId();
        Instant receivedAt = cmd.receivedAt();
        Channel channel = cmd.channel();
        if (user.isApplicant()) {
            if (entityId != null && !entityId.equals(user.entityId())) {
                throw new NotAllowed("You can submit requests only for your own entity.",
                        List.of(new FieldError("entityId", "you act for entity " + user.entityId())));
            }
            if (receivedAt != null || (channel != null && channel != Channel.ONLINE)) {
                throw new NotAllowed("Only TSB staff record the date and channel of a request received by fax or e-mail.",
                        List.of(new FieldError(receivedAt != null ? "receivedAt" : "channel",
                                "only TSB staff may set this")));
            }
            entityId = user.entityId();
            channel = Channel.ONLINE;
        } else if (!user.isStaff()) {
            throw new NotAllowed("Your role does not allow submitting requests.");
        } else if (entityId == null) {
            errors.add(new FieldError("entityId", "is required when TSB staff submit for an entity"));
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(TimeConfig.GENEVA).toLocalDate();
        if (receivedAt == null) {
            receivedAt = now;
        } else if (receivedAt.isAfter(now)) {
            errors.add(new FieldError("receivedAt", "cannot be in the future"));
        } else if (receivedAt.isBefore(EARLIEST_RECEIVED)) {
            errors.add(new FieldError("receivedAt", "must be on or after " + human(EARLIEST_RECEIVED.atZone(
                    TimeConfig.GENEVA).toLocalDate())));
        }
        if (channel == null) {
            channel = Channel.ONLINE;
        }
        Meeting meeting = null;
        try {
            meeting = reference.meeting(cmd.meetingCode());
        } catch (DomainException e) {
            errors.add(new FieldError("meeting", "there is no meeting with code " + cmd.meetingCode()));
        }
        // a request that reached TSB before the meeting was closed (a fax recorded later) is still taken
        if (meeting != null && meeting.getClosedAt() != null && !receivedAt.isBefore(meeting.getClosedAt())) {
            errors.add(new FieldError("meeting", "meeting " + meeting.getCode() + " was closed to new requests by TSB on "
                    + human(meeting.getClosedAt().atZone(TimeConfig.GENEVA).toLocalDate()) + "; ask TSB if a delegate"
                    + " still needs a letter"));
        }
        Organization entity = null;
        if (entityId != null) {
            try {
                entity = reference.organization(entityId, "entityId");
            } catch (DomainException e) {
                errors.addAll(e.fieldErrors());
            }
        }
        if (meeting != null) {
            // held until this request is stored and committed: a submission racing this one for the same
            // person waits here, then finds this request holding the registration
            reference.holdRegistrations(meeting.getId(), cmd.participants().stream()
                    .map(PersonDetails::registrationNumber).toList());
        }
        errors.addAll(personErrors(cmd.participants(), meeting, entity, user, today,
                receivedAt.atZone(TimeConfig.GENEVA).toLocalDate()));
        errors.addAll(checks.signatoryErrors(cmd.signatoryName(), cmd.signatoryTitle()));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        VisaRequest request = new VisaRequest(meeting.getId(), entity.getId(), receivedAt, channel,
                cmd.language() == null ? "fr" : cmd.language(), cmd.signatoryName(), cmd.signatoryTitle(),
                user.username(), now);
        cmd.participants().forEach(request::addParticipant);
        requests.save(request);
        request.assignReference(meeting.getCode());
        if (idempotencyKey != null) {
            idempotencyKeys.save(new IdempotencyKey(user.username(), idempotencyKey, request.getId(), now));
        }
        audit.record(request.getId(), user.username(), "REQUEST_SUBMITTED",
                "channel " + channel + ", " + cmd.participants().size() + " person(s), received " + receivedAt);
        workflow.requestReceived(request.getId(), deadlines(meeting));
        return Submitted.of(request);
    }

    /** Each person's registration, printable text, dates and travel document; a registration named twice. */
    private List<FieldError> personErrors(List<PersonDetails> persons, Meeting meeting, Organization entity,
            CurrentUser user, LocalDate today, LocalDate received) {
        List<FieldError> errors = new ArrayList<>();
        if (meeting != null && entity != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < persons.size(); i++) {
                PersonDetails p = persons.get(i);
                String prefix = "participants[" + i + "].";
                if (!seen.add(p.registrationNumber())) {
                    errors.add(new FieldError(prefix + "registrationNumber",
                            "registration " + p.registrationNumber() + " is named twice on this request"));
                }
            }
        }
        for (int i = 0; i < persons.size(); i++) {
            errors.addAll(checks.personErrors("participants[" + i + "].", persons.get(i), meeting, entity, null,
                    user, today, received));
        }
        return errors;
    }

    public static RequestWorkflow.Deadlines deadlines(Meeting meeting) {
        return new RequestWorkflow.Deadlines(
                meeting.lastDayForRequests().plusDays(1).atStartOfDay(TimeConfig.GENEVA).toInstant(),
                meeting.getFirstDay().minusDays(ESCALATE_REVIEW_DAYS_BEFORE).atStartOfDay(TimeConfig.GENEVA).toInstant(),
                MeetingAheadPolicy.begins(meeting.getFirstDay()));
    }
}
