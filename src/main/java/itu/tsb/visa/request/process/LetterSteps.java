package itu.tsb.visa.request.process;

import static itu.tsb.visa.shared.text.Dates.human;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.model.DecisionRecord;
import itu.tsb.visa.request.model.Outcome;
import itu.tsb.visa.request.model.Participant;
import itu.tsb.visa.request.model.Rule;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.policy.MeetingAheadPolicy;
import itu.tsb.visa.request.policy.PrintableText;
import itu.tsb.visa.request.policy.RegistrationPolicy;
import itu.tsb.visa.request.policy.RuleVerdict;
import itu.tsb.visa.request.policy.TravelDocumentPolicy;
import itu.tsb.visa.shared.text.Wording;
import itu.tsb.visa.shared.time.TimeConfig;

/**
 * The letter steps of the process: everything checked again when the letters are about to be printed, the request
 * final for its letters in the letters' own transaction, and the focal points told.
 */
@NamedInterface("process")
@Service
@Transactional
public class LetterSteps {

    private final DecisionRecord decisions;
    private final PrintableText printable;
    private final Clock clock;
    private final StepRecord steps;
    private final MeetingAheadPolicy meetingAhead = new MeetingAheadPolicy();
    private final TravelDocumentPolicy travelDocuments = new TravelDocumentPolicy();

    /** What the letter step finds when it is about to print. */
    @NamedInterface("process")
    public enum PrintCheck {
        /** Everything still holds: print. */
        ISSUABLE,
        /** The meeting has begun: the request has expired, nothing is printed. */
        MEETING_BEGUN,
        /** A passport no longer meets the Visa Code's rules today: back to the applicant, nothing is printed. */
        DETAILS_NO_LONGER_VALID
    }

    LetterSteps(DecisionRecord decisions, PrintableText printable, Clock clock, StepRecord steps) {
        this.decisions = decisions;
        this.printable = printable;
        this.clock = clock;
        this.steps = steps;
    }

    /**
     * Checked again at the moment letters are printed, for every person: the meeting has not begun, and
     * each passport still meets the Visa Code's rules judged on today (not on the day TSB received the
     * request). Expires the request, or sends it back to the applicant, when something no longer holds.
     */
    public PrintCheck checkBeforePrinting(Long requestId) {
        VisaRequest request = steps.load(requestId);
        Meeting meeting = steps.meeting(request);
        Instant now = clock.instant();
        RuleVerdict ahead = meetingAhead.check(meeting.getCode(), meeting.getFirstDay(), now);
        if (!ahead.passed()) {
            steps.expire(request, ahead);
            return PrintCheck.MEETING_BEGUN;
        }
        LocalDate today = now.atZone(TimeConfig.GENEVA).toLocalDate();
        boolean valid = true;
        for (Participant p : request.activeParticipants()) {
            for (TravelDocumentPolicy.Finding f : travelDocuments.check(p.details(), today, meeting.getFirstDay(),
                    meeting.getLastDay())) {
                if (f.severity() == TravelDocumentPolicy.Severity.ERROR) {
                    valid = false;
                    decisions.record(request, p.getId(), Rule.TRAVEL_DOCUMENT, Outcome.FAILED,
                            StepRecord.reason("travel.findingBeforePrinting", p, f, "today", today.toString()), null, AuditLog.SYSTEM);
                }
            }
            // stored before the letter's own checks were made at submission: sent back rather than failing
            for (Map.Entry<String, String> text : PrintableText.printed(p.details()).entrySet()) {
                Optional<Wording> problem = printable.problem(text.getValue());
                if (problem.isPresent()) {
                    valid = false;
                    Map<String, String> args = new java.util.LinkedHashMap<>(problem.get().args());
                    args.put("person", RegistrationPolicy.capitalize(p.label()));
                    args.put("field", text.getKey());
                    args.put("finding", problem.get().code());
                    args.put("today", today.toString());
                    decisions.record(request, p.getId(), Rule.LETTER, Outcome.FAILED,
                            new Wording("print.findingBeforePrinting", args), null, AuditLog.SYSTEM);
                }
            }
        }
        if (valid) {
            return PrintCheck.ISSUABLE;
        }
        steps.tell(request.detailsToCorrect("The details no longer meet the Visa Code's requirements, or cannot be"
                + " printed, on " + human(today) + ", when the letters were to be printed; correct them and TSB will"
                + " review the request again.", Wording.of("update.noLongerValid", "today", today.toString())));
        return PrintCheck.DETAILS_NO_LONGER_VALID;
    }

    /**
     * The letters are stored: the request is final for them in the same transaction, so that nothing
     * (a withdrawal) can come between the letters and the status that says they exist.
     */
    public void lettersIssued(Long requestId) {
        markIssued(steps.load(requestId));
    }

    /**
     * The focal points hear that the letters can be downloaded: a step of its own, so that a failure to
     * tell never undoes a letter. A process that printed its letters before this version of the process
     * left its request approved until this step: it is marked issued here.
     */
    public void tellLettersIssued(Long requestId) {
        VisaRequest request = steps.load(requestId);
        if (request.getStatus() == RequestStatus.APPROVED) {
            markIssued(request);
        }
        steps.tell(request.lettersAnnounced());
    }

    private void markIssued(VisaRequest request) {
        request.lettersIssued();
        decisions.record(request, null, Rule.LETTER, Outcome.ISSUED, Wording.of("letter.issued"), null, AuditLog.SYSTEM);
    }
}
