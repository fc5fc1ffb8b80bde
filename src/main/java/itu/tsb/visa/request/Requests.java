package itu.tsb.visa.request;

import static itu.tsb.visa.shared.Dates.human;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.ApiException;
import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.TimeConfig;

/** Use cases of administrations and staff on requests: submit, read, correct, withdraw, review. */
@Service
@Transactional
public class Requests {

    static final int ESCALATE_REVIEW_DAYS_BEFORE = 5;
    /** No request was received before this: an earlier received date is a typing error. */
    static final Instant EARLIEST_RECEIVED = LocalDate.of(2000, 1, 1).atStartOfDay(TimeConfig.GENEVA).toInstant();

    private final VisaRequestRepository requests;
    private final DecisionRepository decisions;
    private final IdempotencyKeyRepository idempotencyKeys;
    private final ReferenceData reference;
    private final RequestWorkflow workflow;
    private final AuditLog audit;
    private final RequestChecks checks;
    private final CorrectionAfterIssue afterIssue;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    Requests(VisaRequestRepository requests, DecisionRepository decisions, IdempotencyKeyRepository idempotencyKeys,
            ReferenceData reference, RequestWorkflow workflow, AuditLog audit, RequestChecks checks,
            CorrectionAfterIssue afterIssue,
            org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.decisions = decisions;
        this.idempotencyKeys = idempotencyKeys;
        this.reference = reference;
        this.workflow = workflow;
        this.audit = audit;
        this.checks = checks;
        this.afterIssue = afterIssue;
        this.events = events;
        this.clock = clock;
    }

    /** The request an earlier POST with this key created, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> byIdempotencyKey(CurrentUser user, String key) {
        return idempotencyKeys.findById(new IdempotencyKey.Id(user.username(), key)).map(IdempotencyKey::getRequestId);
    }

    public VisaRequest submit(SubmitRequest cmd, CurrentUser user, String idempotencyKey) {
        List<FieldError> errors = new ArrayList<>();
        Long entityId = cmd.entityId();
        Instant receivedAt = cmd.receivedAt();
        Channel channel = cmd.channel();
        if (user.isApplicant()) {
            if (entityId != null && !entityId.equals(user.entityId())) {
                throw new ApiException(HttpStatus.FORBIDDEN, "You can submit requests only for your own entity.",
                        List.of(new FieldError("entityId", "you act for entity " + user.entityId())));
            }
            if (receivedAt != null || (channel != null && channel != Channel.ONLINE)) {
                throw new ApiException(HttpStatus.FORBIDDEN,
                        "Only TSB staff record the date and channel of a request received by fax or e-mail.",
                        List.of(new FieldError(receivedAt != null ? "receivedAt" : "channel",
                                "only TSB staff may set this")));
            }
            entityId = user.entityId();
            channel = Channel.ONLINE;
        } else if (!user.isStaff()) {
            throw ApiException.forbidden("Your role does not allow submitting requests.");
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
        } catch (ApiException e) {
            errors.add(new FieldError("meeting", "there is no meeting with code " + cmd.meetingCode()));
        }
        Organization entity = null;
        if (entityId != null) {
            try {
                entity = reference.organization(entityId, "entityId");
            } catch (ApiException e) {
                errors.addAll(e.fieldErrors());
            }
        }
        if (meeting != null && entity != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < cmd.participants().size(); i++) {
                PersonDetails p = cmd.participants().get(i);
                String prefix = "participants[" + i + "].";
                if (!seen.add(p.registrationNumber())) {
                    errors.add(new FieldError(prefix + "registrationNumber",
                            "registration " + p.registrationNumber() + " is named twice on this request"));
                }
                errors.addAll(checks.registrationErrors(prefix, p, meeting, entity, null, user));
            }
        }
        for (int i = 0; i < cmd.participants().size(); i++) {
            errors.addAll(checks.printableErrors("participants[" + i + "].", cmd.participants().get(i)));
            errors.addAll(RequestChecks.plausibilityErrors("participants[" + i + "].", cmd.participants().get(i), today));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
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
        return request;
    }

    static RequestWorkflow.Deadlines deadlines(Meeting meeting) {
        return new RequestWorkflow.Deadlines(
                meeting.lastDayForRequests().plusDays(1).atStartOfDay(TimeConfig.GENEVA).toInstant(),
                meeting.getFirstDay().minusDays(ESCALATE_REVIEW_DAYS_BEFORE).atStartOfDay(TimeConfig.GENEVA).toInstant(),
                MeetingAheadPolicy.begins(meeting.getFirstDay()));
    }

    @Transactional(readOnly = true)
    public VisaRequest get(Long id, CurrentUser user) {
        VisaRequest request = requests.findById(id).orElseThrow(() -> notFound(id));
        if (!user.maySee(request.getOrganizationId())) {
            // the same answer as for a request that does not exist: no probing of other entities' ids
            throw notFound(id);
        }
        return request;
    }

    @Transactional(readOnly = true)
    public List<VisaRequest> list(CurrentUser user) {
        return user.isApplicant() ? requests.findByOrganizationIdOrderByIdDesc(user.entityId())
                : requests.findAllByOrderByIdDesc();
    }

    @Transactional(readOnly = true)
    public List<Decision> decisions(Long requestId) {
        return decisions.findByRequestIdOrderByIdAsc(requestId);
    }

    public VisaRequest correct(Long id, Long participantId, PersonDetails details, CurrentUser user) {
        VisaRequest request = get(id, user);
        mayActForEntity(request, user);
        if (request.isPurged()) {
            throw ApiException.conflict("The personal data of " + request.getReference()
                    + " was deleted after the retention period; there is nothing left to correct.");
        }
        checks.refuseIfMeetingBegun(request, "corrected");
        if (request.getStatus() == RequestStatus.LETTER_ISSUED) {
            if (!user.isStaff()) {
                throw ApiException.conflict("The letters of " + request.getReference() + " are issued; ask TSB to"
                        + " correct the details and issue a new letter.");
            }
            afterIssue.propose(request.getId(), participantId, details, user);
            return request;
        }
        if (request.getStatus() != RequestStatus.CHANGES_REQUESTED) {
            throw ApiException.conflict("Request " + request.getReference() + " is " + request.getStatus()
                    + "; details can be corrected only while its status is CHANGES_REQUESTED.");
        }
        Participant participant = request.participant(participantId)
                .orElseThrow(() -> ApiException.notFound("Request " + request.getReference() + " has no participant "
                        + participantId + "."));
        if (!participant.isActive()) {
            throw ApiException.conflict("This participant was removed from the request: " + participant.getStatusReason());
        }
        Meeting meeting = reference.meeting(request.getMeetingId());
        Organization entity = reference.organization(request.getOrganizationId(), "entityId");
        List<FieldError> errors = checks.registrationErrors("", details, meeting, entity, request.getId(), user);
        errors.addAll(checks.printableErrors("", details));
        errors.addAll(RequestChecks.plausibilityErrors("", details, LocalDate.now(clock)));
        for (Participant other : request.getParticipants()) {
            if (!other.getId().equals(participantId) && other.getRegistrationNumber().equals(details.registrationNumber())) {
                errors.add(new FieldError("registrationNumber", "registration " + details.registrationNumber()
                        + " is already named for " + other.label()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        participant.update(details);
        record(request, participantId, Rule.TRAVEL_DOCUMENT, Outcome.CORRECTED,
                "The applicant corrected the details of " + participant.label() + ".", null, user.username());
        audit.record(request.getId(), user.username(), "PARTICIPANT_CORRECTED", participant.label());
        try {
            workflow.detailsCorrected(id);
        } catch (WorkflowStateException e) {
            throw ApiException.conflict(e.getMessage());
        }
        return request;
    }

    public VisaRequest withdraw(Long id, CurrentUser user) {
        VisaRequest request = get(id, user);
        mayActForEntity(request, user);
        if (request.getStatus() == RequestStatus.EXPIRED) {
            checks.refuseIfMeetingBegun(request, "withdrawn");
        }
        if (request.getStatus().isFinal()) {
            throw ApiException.conflict("Request " + request.getReference() + " is already " + request.getStatus()
                    + " and can no longer be withdrawn.");
        }
        request.moveTo(RequestStatus.WITHDRAWN);
        record(request, null, Rule.WITHDRAWAL, Outcome.WITHDRAWN, "Withdrawn by " + user.username() + ".", null,
                user.username());
        audit.record(id, user.username(), "REQUEST_WITHDRAWN", null);
        workflow.withdrawn(id);
        return request;
    }

    /**
     * Records a TSB review decision and moves the request on; the caller completes the review task.
     * A rejection needs a reason and a request for changes a comment: the applicant reads them.
     */
    public VisaRequest review(Long id, ReviewDecision decision, String comment, CurrentUser user) {
        if (!user.isStaff()) {
            throw ApiException.forbidden("Only TSB staff review requests.");
        }
        VisaRequest request = get(id, user);
        checks.refuseIfMeetingBegun(request, "approved, rejected or sent back");
        if (request.getStatus() != RequestStatus.UNDER_REVIEW) {
            throw ApiException.conflict("Request " + request.getReference() + " is " + request.getStatus()
                    + "; only a request UNDER_REVIEW can be reviewed.");
        }
        boolean blank = comment == null || comment.isBlank();
        if (decision == ReviewDecision.REJECT && blank) {
            throw ApiException.invalid("comment", "a rejection needs a reason the applicant can act on");
        }
        if (decision == ReviewDecision.REQUEST_CHANGES && blank) {
            throw ApiException.invalid("comment", "say what the applicant should change");
        }
        switch (decision) {
            case APPROVE -> {
                request.moveTo(RequestStatus.APPROVED);
                record(request, null, Rule.REVIEW, Outcome.APPROVED,
                        "Approved by TSB" + (blank ? "." : ": " + comment), null, user.username());
            }
            case REJECT -> {
                request.moveTo(RequestStatus.REJECTED);
                record(request, null, Rule.REVIEW, Outcome.REJECTED, "Rejected by TSB: " + comment, null,
                        user.username());
            }
            case REQUEST_CHANGES -> {
                request.requestChanges(comment);
                record(request, null, Rule.REVIEW, Outcome.CHANGES_REQUESTED, "TSB asks for changes: " + comment,
                        null, user.username());
            }
        }
        audit.record(id, user.username(), "REVIEW_" + decision, null);
        return request;
    }

    /** Before staff send a failed step round again: nothing is retried for a meeting that has begun. */
    @Transactional(readOnly = true)
    public void mayRetry(Long id, CurrentUser user) {
        checks.refuseIfMeetingBegun(get(id, user), "retried");
    }

    private static void mayActForEntity(VisaRequest request, CurrentUser user) {
        if (!(user.isStaff() || (user.isApplicant() && user.maySee(request.getOrganizationId())))) {
            throw ApiException.forbidden("Your role does not allow changing this request.");
        }
    }

    Decision record(VisaRequest request, Long participantId, Rule rule, Outcome outcome, String reason, String inputs,
            String actor) {
        return decisions.save(new Decision(request.getId(), participantId, rule, outcome, reason, inputs, actor,
                clock.instant()));
    }

    /**
     * Deletes the personal data of the ended requests for these meetings (their retention period is
     * over); requests still open are left for staff to end. Returns the ids purged.
     */
    public List<Long> purgePersonalData(java.util.Collection<Long> meetingIds) {
        List<Long> purged = requests.findUnpurged(meetingIds,
                List.of(RequestStatus.LETTER_ISSUED, RequestStatus.REJECTED, RequestStatus.WITHDRAWN,
                        RequestStatus.EXPIRED));
        Instant now = clock.instant();
        for (Long id : purged) {
            requests.findById(id).ifPresent(r -> r.purgePersonalData(now));
            afterIssue.purge(id);
            audit.record(id, AuditLog.SYSTEM, "PERSONAL_DATA_PURGED", "retention period over");
            events.publishEvent(new RequestPurged(id));
        }
        return purged;
    }

    /** For the letter module: the request and its data, no access check (the process asks). */
    @Transactional(readOnly = true)
    public VisaRequest forLetters(Long id) {
        return requests.findById(id).orElseThrow(() -> notFound(id));
    }

    /** The meeting of a request, for the public verification page (which reads nothing else of it). */
    @Transactional(readOnly = true)
    public Long meetingOf(Long requestId) {
        return requests.findMeetingId(requestId);
    }

    static ApiException notFound(Long id) {
        return ApiException.notFound("There is no request " + id + " that you can see.");
    }
}
