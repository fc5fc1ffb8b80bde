package itu.tsb.visa.request.correction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.RequestWorkflow;
import itu.tsb.visa.request.model.ChangeFlagRepository;
import itu.tsb.visa.request.model.DecisionRecord;
import itu.tsb.visa.request.model.Outcome;
import itu.tsb.visa.request.model.Participant;
import itu.tsb.visa.request.model.RequestActions;
import itu.tsb.visa.request.model.Rule;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisibleRequests;
import itu.tsb.visa.request.policy.RequestChecks;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.InvalidInput;
import itu.tsb.visa.shared.NotFound;
import itu.tsb.visa.shared.WrongState;
import itu.tsb.visa.shared.text.Wording;
import itu.tsb.visa.shared.time.TimeConfig;

/**
 * The applicant (or TSB staff for them) corrects one person's details while TSB asks for changes; the
 * details are checked as on submission and the process checks the request again. Once letters are
 * issued, only TSB staff propose a correction, which another member of staff approves.
 */
@Service
@Transactional
public class CorrectingDetails {

    private final VisibleRequests visible;
    private final ChangeFlagRepository flags;
    private final ReferenceData reference;
    private final RequestChecks checks;
    private final CorrectionAfterIssue afterIssue;
    private final DecisionRecord decisions;
    private final RequestWorkflow workflow;
    private final AuditLog audit;
    private final Clock clock;

    CorrectingDetails(VisibleRequests visible, ReferenceData reference, RequestChecks checks,
            CorrectionAfterIssue afterIssue, DecisionRecord decisions, RequestWorkflow workflow, AuditLog audit,
            Clock clock, ChangeFlagRepository flags) {
        this.visible = visible;
        this.flags = flags;
        this.reference = reference;
        this.checks = checks;
        this.afterIssue = afterIssue;
        this.decisions = decisions;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    public VisaRequest correct(Long id, Long participantId, PersonDetails details, CurrentUser user) {
        VisaRequest request = visible.toChangeAlone(id, user);
        RequestActions.Action action = request.getStatus() == RequestStatus.LETTER_ISSUED
                ? RequestActions.Action.CORRECT_AFTER_ISSUE : RequestActions.Action.CORRECT;
        correctable(request, action, user);
        if (action == RequestActions.Action.CORRECT_AFTER_ISSUE) {
            afterIssue.propose(request.getId(), participantId, details, user);
            return request;
        }
        Participant participant = request.participant(participantId)
                .orElseThrow(() -> new NotFound("Request " + request.getReference() + " has no participant "
                        + participantId + "."));
        if (!participant.isActive()) {
            throw new WrongState("This participant was removed from the request: " + participant.getStatusReason());
        }
        List<FieldError> errors = errors(request, participantId, details, user);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<String> changed = details.fieldsChangedFrom(participant.details());
        participant.update(details);
        decisions.record(request, participantId, Rule.TRAVEL_DOCUMENT, Outcome.CORRECTED,
                Wording.of("correction.byApplicant", "person", participant.label()), null, user.username());
        audit.record(request.getId(), user.username(), "PARTICIPANT_CORRECTED", participant.label()
                + (changed.isEmpty() ? "" : ": " + String.join(", ", changed)));
        flags.deleteByPerson(id, participantId);
        workflow.detailsCorrected(id, user.username());
        return request;
    }

    /**
     * Whose personal data is still there (said first: a purged request's meeting has always begun), whose
     * meeting is still to come, and which the user may correct now.
     */
    private void correctable(VisaRequest request, RequestActions.Action action, CurrentUser user) {
        RequestActions.refuseIfPurged(action, request);
        checks.refuseIfMeetingBegun(request, "corrected");
        RequestActions.require(action, request, user);
    }

    /**
     * The passport numbers on record of a request the user may see, by person, to keep them when a correction
     * leaves the number empty (the pages show it masked); read once for a whole round.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> passportNumbersOnRecord(Long id, CurrentUser user) {
        java.util.Map<Long, String> numbers = new java.util.HashMap<>();
        for (Participant p : visible.get(id, user).getParticipants()) {
            String number = p.details().passportNumber();
            if (number != null && !number.isBlank()) {
                numbers.put(p.getId(), number);
            }
        }
        return numbers;
    }

    /** One person's corrected details, in a correction round. */
    public record PersonCorrection(Long participantId, PersonDetails details) {
    }

    /** The longest answer to TSB, in characters. */
    static final int MAX_ANSWER = 2000;

    /**
     * A correction round: the persons TSB flagged (or any the applicant changed) and the applicant's answer to
     * TSB's comment in words, sent together; the request is checked again once, when all are in. Nothing is
     * stored unless every person passes. Field errors name each person by its place in the round
     * ({@code participants[1].details.passport.number}).
     */
    public VisaRequest correctAll(Long id, List<PersonCorrection> persons, String answer, CurrentUser user) {
        VisaRequest request = visible.toChangeAlone(id, user);
        correctable(request, RequestActions.Action.CORRECT, user);
        String said = answer == null || answer.isBlank() ? null : answer.strip();
        List<FieldError> errors = new ArrayList<>();
        if (persons.isEmpty() && said == null) {
            errors.add(new FieldError("participants", "correct at least one person, or answer TSB in words"));
        }
        if (said != null && said.length() > MAX_ANSWER) {
            errors.add(new FieldError("answer", "must have at most " + MAX_ANSWER + " characters"));
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            String prefix = "participants[" + i + "].";
            PersonCorrection p = persons.get(i);
            java.util.Optional<Participant> participant = p.participantId() == null ? java.util.Optional.empty()
                    : request.participant(p.participantId());
            if (participant.isEmpty() || !participant.get().isActive()) {
                errors.add(new FieldError(prefix + "id", "is not a person of this request who can be corrected"));
                continue;
            }
            if (!seen.add(p.participantId())) {
                errors.add(new FieldError(prefix + "id", "is named twice in this round"));
                continue;
            }
            errors(request, p.participantId(), p.details(), user)
                    .forEach(e -> errors.add(new FieldError(prefix + "details." + e.field(), e.message())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        for (PersonCorrection p : persons) {
            Participant participant = request.participant(p.participantId()).orElseThrow();
            List<String> changed = p.details().fieldsChangedFrom(participant.details());
            participant.update(p.details());
            decisions.record(request, p.participantId(), Rule.TRAVEL_DOCUMENT, Outcome.CORRECTED,
                    Wording.of("correction.byApplicant", "person", participant.label()), null, user.username());
            audit.record(request.getId(), user.username(), "PARTICIPANT_CORRECTED", participant.label()
                    + (changed.isEmpty() ? "" : ": " + String.join(", ", changed)));
        }
        if (said != null) {
            request.answer(said, clock.instant());
            audit.record(request.getId(), user.username(), "APPLICANT_ANSWERED", said);
        }
        // what TSB asked of each person is answered by the round (the history keeps the question)
        flags.deleteByRequest(id);
        workflow.detailsCorrected(id, user.username());
        return request;
    }

    /** As on submission, and the registration must not be another person's on the same request. */
    private List<FieldError> errors(VisaRequest request, Long participantId, PersonDetails details, CurrentUser user) {
        Meeting meeting = reference.meeting(request.getMeetingId());
        Organization entity = reference.organization(request.getOrganizationId(), "entityId");
        reference.holdRegistrations(meeting.getId(), List.of(details.registrationNumber()));
        List<FieldError> errors = checks.personErrors("", details, meeting, entity, request.getId(), user,
                clock.instant().atZone(TimeConfig.GENEVA).toLocalDate(), request.receivedDate());
        for (Participant other : request.getParticipants()) {
            if (!other.getId().equals(participantId) && other.getRegistrationNumber().equals(details.registrationNumber())) {
                errors.add(new FieldError("registrationNumber", "registration " + details.registrationNumber()
                        + " is already named for " + other.label()));
            }
        }
        return errors;
    }
}
