package itu.tsb.visa.request.correction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.reference.Registration;
import itu.tsb.visa.reference.RegistrationStatus;
import itu.tsb.visa.request.ParticipantCorrectedAfterIssue;
import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.model.DecisionRecord;
import itu.tsb.visa.request.model.Outcome;
import itu.tsb.visa.request.model.Participant;
import itu.tsb.visa.request.model.RequestActions;
import itu.tsb.visa.request.model.RequestNotFound;
import itu.tsb.visa.request.model.Rule;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisaRequestRepository;
import itu.tsb.visa.request.policy.RequestChecks;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.InvalidInput;
import itu.tsb.visa.shared.NotAllowed;
import itu.tsb.visa.shared.NotFound;
import itu.tsb.visa.shared.WrongState;
import itu.tsb.visa.shared.text.Wording;
import itu.tsb.visa.shared.time.TimeConfig;

/**
 * TSB staff correct a person's details after the letter was issued (a typo the delegate found, say). The
 * correction passes every check a submission passes, judged on today: the registration (still approved,
 * same family name), the passport rules, the dates and the font. It replaces the details, and a new
 * version of the letter supersedes the old one, only when a second member of staff (not the one who
 * proposed it) approves it; the checks are made again then. Both steps are decisions on the request.
 */
@Service
@Transactional
public class CorrectionAfterIssue {

    private final VisaRequestRepository requests;
    private final ParticipantCorrectionRepository corrections;
    private final DecisionRecord decisions;
    private final RequestChecks checks;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CorrectionAfterIssue(VisaRequestRepository requests, ParticipantCorrectionRepository corrections,
            DecisionRecord decisions, RequestChecks checks, ReferenceData reference, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.corrections = corrections;
        this.decisions = decisions;
        this.checks = checks;
        this.reference = reference;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A correction waiting for its second approval, as staff see it. */
    public record Pending(Long participantId, PersonDetails details, String proposedBy, Instant proposedAt) {
    }

    /** Stores the proposed details once they pass every check; the issued letter stands until approval. */
    void propose(Long requestId, Long participantId, PersonDetails details, CurrentUser user) {
        VisaRequest request = load(requestId);
        Participant participant = holder(request, participantId);
        if (!details.registrationNumber().equals(participant.getRegistrationNumber())) {
            throw InvalidInput.of("registrationNumber", "cannot change once the letter is issued");
        }
        refuseInvalid(request, details, user);
        corrections.findByParticipantId(participantId).ifPresent(corrections::delete);
        corrections.flush();
        corrections.save(new ParticipantCorrection(requestId, participantId, details, user.username(), clock.instant()));
        record(request, participantId, Outcome.CORRECTED, Wording.of("correction.proposed", "user", user.username(),
                "person", participant.label()), user);
        audit.record(requestId, user.username(), "CORRECTION_PROPOSED", participant.label());
    }

    /** The second member of staff approves: the details are checked again, replaced, and the letter reissued. */
    public void approve(Long requestId, Long participantId, CurrentUser user) {
        VisaRequest request = load(requestId);
        checks.refuseIfMeetingBegun(request, "corrected");
        RequestActions.require(RequestActions.Action.CORRECT_AFTER_ISSUE, request, user);
        ParticipantCorrection correction = pending(request, participantId);
        if (correction.getProposedBy().equals(user.username())) {
            throw new NotAllowed("You proposed this correction; another member of TSB staff must approve it.");
        }
        Participant participant = holder(request, participantId);
        refuseInvalid(request, correction.getDetails(), user);
        participant.update(correction.getDetails());
        corrections.delete(correction);
        record(request, participantId, Outcome.APPROVED, Wording.of("correction.approved", "user", user.username(),
                "person", participant.label(), "proposedBy", correction.getProposedBy()), user);
        audit.record(requestId, user.username(), "CORRECTION_APPROVED", participant.label());
        events.publishEvent(new ParticipantCorrectedAfterIssue(requestId, participantId));
    }

    /** Staff discard a proposed correction; the issued letter stays as it is. */
    public void discard(Long requestId, Long participantId, String reason, CurrentUser user) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "say why the correction is discarded");
        }
        VisaRequest request = load(requestId);
        ParticipantCorrection correction = pending(request, participantId);
        corrections.delete(correction);
        record(request, participantId, Outcome.REJECTED, Wording.of("correction.discarded", "user", user.username(),
                "proposedBy", correction.getProposedBy(), "reason", reason.trim()), user);
        audit.record(requestId, user.username(), "CORRECTION_DISCARDED", null);
    }

    @Transactional(readOnly = true)
    public List<Pending> pendingFor(Long requestId) {
        return corrections.findByRequestId(requestId).stream().map(c -> new Pending(c.getParticipantId(),
                c.getDetails(), c.getProposedBy(), c.getProposedAt())).toList();
    }

    /** The retention period is over: proposed details go with the rest of the personal data. */
    public void purge(Long requestId) {
        corrections.deleteAll(corrections.findByRequestId(requestId));
    }

    private void refuseInvalid(VisaRequest request, PersonDetails details, CurrentUser user) {
        Meeting meeting = reference.meeting(request.getMeetingId());
        Organization entity = reference.organization(request.getOrganizationId(), "entityId");
        LocalDate today = clock.instant().atZone(TimeConfig.GENEVA).toLocalDate();
        reference.holdRegistrations(meeting.getId(), List.of(details.registrationNumber()));
        List<FieldError> errors = new ArrayList<>(checks.personErrors("", details, meeting, entity, request.getId(),
                user, today, today));
        reference.registration(meeting.getId(), details.registrationNumber())
                .filter(r -> r.getOrganizationId().equals(entity.getId()))
                .map(Registration::getStatus)
                .filter(status -> status != RegistrationStatus.APPROVED)
                .ifPresent(status -> errors.add(new FieldError("registrationNumber", "registration "
                        + details.registrationNumber() + " is " + status.name().toLowerCase()
                        + "; a letter needs an approved registration")));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private ParticipantCorrection pending(VisaRequest request, Long participantId) {
        return corrections.findByParticipantId(participantId)
                .filter(c -> c.getRequestId().equals(request.getId()))
                .orElseThrow(() -> new WrongState("Request " + request.getReference()
                        + " has no correction waiting for approval for participant " + participantId + "."));
    }

    /** A letter holder of a request whose letters are issued (RequestActions.CORRECT_AFTER_ISSUE said so). */
    private static Participant holder(VisaRequest request, Long participantId) {
        return request.participant(participantId).filter(Participant::isActive)
                .orElseThrow(() -> new NotFound("Request " + request.getReference()
                        + " has no letter holder " + participantId + "."));
    }

    private void record(VisaRequest request, Long participantId, Outcome outcome, Wording why, CurrentUser by) {
        decisions.record(request, participantId, Rule.CORRECTION, outcome, why, null, by.username());
    }

    private VisaRequest load(Long id) {
        return requests.findById(id).orElseThrow(() -> new RequestNotFound(id));
    }
}
