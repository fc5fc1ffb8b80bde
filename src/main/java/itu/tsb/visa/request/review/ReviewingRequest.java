package itu.tsb.visa.request.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.request.RequestUpdate;
import itu.tsb.visa.request.RequestWorkflow;
import itu.tsb.visa.request.ReviewDecision;
import itu.tsb.visa.request.model.ChangeFlag;
import itu.tsb.visa.request.model.ChangeFlagRepository;
import itu.tsb.visa.request.model.Decision;
import itu.tsb.visa.request.model.DecisionRecord;
import itu.tsb.visa.request.model.Outcome;
import itu.tsb.visa.request.model.Participant;
import itu.tsb.visa.request.model.RequestActions;
import itu.tsb.visa.request.model.Rule;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisaRequestRepository;
import itu.tsb.visa.request.model.VisibleRequests;
import itu.tsb.visa.request.policy.FourEyesPolicy;
import itu.tsb.visa.request.policy.RequestChecks;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.InvalidInput;
import itu.tsb.visa.shared.NotAllowed;
import itu.tsb.visa.shared.WrongState;
import itu.tsb.visa.shared.text.Wording;

/**
 * TSB staff decide on a request under review: approve it, reject it with a reason, or ask for changes
 * with a comment (the applicant reads both); the review task of the process is completed in the same
 * transaction. An approved request whose letters failed is sent back to the applicant from here too.
 */
@NamedInterface("review")
@Service
@Transactional
public class ReviewingRequest {

    private final VisibleRequests visible;
    private final RequestChecks checks;
    private final DecisionRecord decisions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final VisaRequestRepository requests;
    private final RequestWorkflow workflow;

    private final FourEyesPolicy fourEyes;
    private final ChangeFlagRepository flagStore;
    private final java.time.Clock clock;

    ReviewingRequest(VisibleRequests visible, RequestChecks checks, DecisionRecord decisions, AuditLog audit,
            ApplicationEventPublisher events, VisaRequestRepository requests, RequestWorkflow workflow,
            ChangeFlagRepository flagStore, java.time.Clock clock,
            @Value("${visa.review.four-eyes:true}") boolean fourEyes) {
        this.flagStore = flagStore;
        this.clock = clock;
        this.fourEyes = new FourEyesPolicy(fourEyes);
        this.requests = requests;
        this.workflow = workflow;
        this.events = events;
        this.visible = visible;
        this.checks = checks;
        this.decisions = decisions;
        this.audit = audit;
    }

    /**
     * Why this member of staff may not approve the request (four eyes: they recorded it, or corrected a person
     * on it); empty when they may. The request page says it before the decision is offered.
     */
    public Optional<Wording> approvalRefusal(VisaRequest request, String approver) {
        return approvalRefusal(request, approver, decisions.of(request.getId()));
    }

    /** As above, from the request's decisions already read (the request page reads them for itself). */
    public Optional<Wording> approvalRefusal(VisaRequest request, String approver, List<Decision> decided) {
        List<String> correctedBy = decided.stream().filter(d -> d.getOutcome() == Outcome.CORRECTED
                && d.getRule() == Rule.TRAVEL_DOCUMENT).map(Decision::getDecidedBy).toList();
        return fourEyes.refusal(approver, request.getChannel(), request.getSubmittedBy(), correctedBy);
    }

    /** The longest that staff may say in one review, comment and flags together (as the history keeps it). */
    static final int MAX_SAID = 2000;

    /** What staff ask to change on one person: the field, as the API names it, and a comment on it. */
    public record Flag(Long participantId, String field, String comment) {
    }

    public void review(Long id, ReviewDecision decision, String comment, CurrentUser user) {
        review(id, decision, comment, List.of(), user);
    }

    public void review(Long id, ReviewDecision decision, String comment, List<Flag> flags, CurrentUser user) {
        // two staff deciding at once: the second waits for the first and then finds the request decided
        // (the engine alone would let both read the open task and fail the loser inside its history)
        requests.lockById(id);
        VisaRequest request = visible.get(id, user);
        checks.refuseIfMeetingBegun(request, "approved, rejected or sent back");
        RequestActions.require(RequestActions.Action.REVIEW, request, user);
        boolean blank = comment == null || comment.isBlank();
        if (decision == ReviewDecision.REJECT && blank) {
            throw InvalidInput.of("comment", "a rejection needs a reason the applicant can act on");
        }
        if (decision == ReviewDecision.REQUEST_CHANGES && blank && flags.isEmpty()) {
            throw InvalidInput.of("comment", "say what the applicant should change, for the request or person by person");
        }
        if (decision != ReviewDecision.REQUEST_CHANGES && !flags.isEmpty()) {
            throw InvalidInput.of("flags", "a person's fields are flagged only when asking for changes");
        }
        // what the applicant is told and the history keeps: the request's comment, then each person's field
        List<String> asked = new ArrayList<>(blank ? List.of() : List.of(comment.strip()));
        asked.addAll(flagged(request, flags));
        String said = asked.isEmpty() ? null : String.join("; ", asked);
        if (said != null && said.length() > MAX_SAID) {
            throw InvalidInput.of(flags.isEmpty() ? "comment" : "flags", "the comment and the persons' fields together"
                    + " must have at most " + MAX_SAID + " characters (now " + said.length() + "): say it more briefly");
        }
        String by = user.username();
        if (decision == ReviewDecision.APPROVE) {
            approvalRefusal(request, by).ifPresent(why -> {
                throw new NotAllowed(why);
            });
        }
        RequestUpdate told = null; // approval is told once the letters are made; the rest at once
        switch (decision) {
            case APPROVE -> {
                request.approve();
                decisions.record(request, null, Rule.REVIEW, Outcome.APPROVED,
                        blank ? Wording.of("review.approved") : Wording.of("review.approvedWithComment", "comment", comment),
                        null, by);
            }
            case REJECT -> {
                told = request.reject(comment);
                decisions.record(request, null, Rule.REVIEW, Outcome.REJECTED, Wording.of("review.rejected", "comment", comment),
                        null, by);
            }
            case REQUEST_CHANGES -> {
                told = request.requestChanges(comment, said);
                decisions.record(request, null, Rule.REVIEW, Outcome.CHANGES_REQUESTED,
                        Wording.of("review.changesRequested", "comment", said), null, by);
                flagStore.deleteByRequest(id);
                for (Flag f : flags) {
                    flagStore.save(new ChangeFlag(id, f.participantId(), f.field(), f.comment().strip(), by, clock.instant()));
                }
            }
        }
        request.release();
        audit.record(id, by, "REVIEW_" + decision, said);
        if (told != null) {
            events.publishEvent(told);
        }
        workflow.reviewCompleted(id, decision, by);
    }

    /**
     * Each flag checked (a person of the request still on it, a field of the person form, a comment), and said
     * as the applicant reads it: "Participant 1 (Mwangi), function: …".
     */
    private static List<String> flagged(VisaRequest request, List<Flag> flags) {
        List<FieldError> errors = new ArrayList<>();
        List<String> said = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < flags.size(); i++) {
            Flag f = flags.get(i);
            String at = "flags[" + i + "].";
            var person = f.participantId() == null ? java.util.Optional.<Participant>empty()
                    : request.participant(f.participantId()).filter(Participant::isActive);
            if (person.isEmpty()) {
                errors.add(new FieldError(at + "participantId", "is not a person still on this request"));
            }
            if (f.field() == null || !ChangeFlag.FIELDS.contains(f.field())) {
                errors.add(new FieldError(at + "field", "must be one of: " + String.join(", ", ChangeFlag.FIELDS)));
            } else if (!seen.add(f.participantId() + "/" + f.field())) {
                errors.add(new FieldError(at + "field", "is flagged twice for this person"));
            }
            if (f.comment() == null || f.comment().isBlank()) {
                errors.add(new FieldError(at + "comment", "say what the applicant should change in this field"));
            } else if (f.comment().strip().length() > ChangeFlag.MAX_COMMENT) {
                errors.add(new FieldError(at + "comment", "must have at most " + ChangeFlag.MAX_COMMENT + " characters"));
            }
            person.ifPresent(p -> said.add(p.label() + ", " + f.field() + ": " + (f.comment() == null ? "" : f.comment().strip())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return said;
    }

    /**
     * An approved request whose letters could not be made (the letter step failed after its retries, for
     * a reason a retry does not clear): staff send it back to the applicant with what to correct; the
     * process then waits for the correction.
     */
    public void sendBackFromFailedLetters(Long id, String comment, CurrentUser user) {
        VisaRequest request = visible.get(id, user);
        checks.refuseIfMeetingBegun(request, "sent back");
        RequestActions.require(RequestActions.Action.SEND_BACK, request, user);
        if (comment == null || comment.isBlank()) {
            throw InvalidInput.of("comment", "say what the applicant should correct so that the letter can be printed");
        }
        if (comment.strip().length() > 2000) {
            throw InvalidInput.of("comment", "must be at most 2000 characters");
        }
        RequestUpdate told = request.sendBack(comment.strip());
        decisions.record(request, null, Rule.REVIEW, Outcome.CHANGES_REQUESTED,
                Wording.of("review.sentBackFromFailedLetters", "comment", comment.strip()), null, user.username());
        audit.record(id, user.username(), "SENT_BACK_FROM_FAILED_LETTERS", comment.strip());
        events.publishEvent(told);
        workflow.sentBackFromFailedLetters(id);
    }
}
