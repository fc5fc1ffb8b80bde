package itu.tsb.visa.request.process;

import org.springframework.modulith.NamedInterface;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.RequestUpdate;
import itu.tsb.visa.request.RequestWorkflow;
import itu.tsb.visa.request.model.DecisionRecord;
import itu.tsb.visa.request.model.Outcome;
import itu.tsb.visa.request.model.Participant;
import itu.tsb.visa.request.model.RequestNotFound;
import itu.tsb.visa.request.model.Rule;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisaRequestRepository;
import itu.tsb.visa.request.policy.EligibilityPolicy;
import itu.tsb.visa.request.policy.MeetingAheadPolicy;
import itu.tsb.visa.request.policy.PrintableText;
import itu.tsb.visa.request.policy.RegistrationPolicy;
import itu.tsb.visa.request.policy.RuleVerdict;
import itu.tsb.visa.request.policy.SubmissionWindowPolicy;
import itu.tsb.visa.request.policy.TravelDocumentPolicy;
import itu.tsb.visa.request.submission.SubmittingRequest;
import static itu.tsb.visa.shared.Dates.human;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.reference.Registration;
import itu.tsb.visa.reference.RegistrationStatus;
import itu.tsb.visa.reference.RegistrationStatusChanged;
import itu.tsb.visa.shared.TimeConfig;
import itu.tsb.visa.shared.Wording;

/**
 * The automated steps of a request's life, one use case per process step. Each applies a named
 * policy, records the decision with its reason and inputs, moves the request's status, and returns
 * only the routing fact the process needs.
 */
@NamedInterface("process")
@Service
@Transactional
public class RequestLifecycle {

    private final VisaRequestRepository requests;
    private final DecisionRecord decisions;
    private final ReferenceData reference;
    private final EligibilityPolicy eligibility = new EligibilityPolicy();
    private final SubmissionWindowPolicy window = new SubmissionWindowPolicy();
    private final RegistrationPolicy registrations = new RegistrationPolicy();
    private final TravelDocumentPolicy travelDocuments = new TravelDocumentPolicy();
    private final MeetingAheadPolicy meetingAhead = new MeetingAheadPolicy();
    private final ApplicationEventPublisher events;
    private final RequestWorkflow workflow;
    private final PrintableText printable;
    private final Clock clock;

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

    RequestLifecycle(VisaRequestRepository requests, DecisionRecord decisions, ReferenceData reference,
            ApplicationEventPublisher events, RequestWorkflow workflow, PrintableText printable, Clock clock) {
        this.clock = clock;
        this.printable = printable;
        this.requests = requests;
        this.decisions = decisions;
        this.reference = reference;
        this.events = events;
        this.workflow = workflow;
    }

    /** The first step: a request for a meeting that has already begun is taken in and expires at once. */
    public boolean checkMeetingAhead(Long requestId) {
        VisaRequest request = load(requestId);
        Meeting meeting = meeting(request);
        RuleVerdict verdict = meetingAhead.check(meeting.getCode(), meeting.getFirstDay(), clock.instant());
        if (verdict.passed()) {
            decisions.record(request, null, Rule.MEETING_AHEAD, Outcome.PASSED, verdict.why(), verdict.inputs(),
                    AuditLog.SYSTEM);
        } else {
            expire(request, verdict);
        }
        return verdict.passed();
    }

    /** The meeting began while the request was still open (the process's timer): it expires. */
    public void expireOpenRequest(Long requestId) {
        VisaRequest request = load(requestId);
        if (request.getStatus().isFinal()) {
            return;
        }
        Meeting meeting = meeting(request);
        RuleVerdict verdict = meetingAhead.check(meeting.getCode(), meeting.getFirstDay(), clock.instant());
        if (verdict.passed()) {
            // the engine's timer ran early (clocks apart): the rule, not the timer, decides
            throw new IllegalStateException("meeting " + meeting.getCode() + " of request " + requestId
                    + " has not begun yet");
        }
        expire(request, verdict);
    }

    /**
     * Checked again at the moment letters are printed, for every person: the meeting has not begun, and
     * each passport still meets the Visa Code's rules judged on today (not on the day TSB received the
     * request). Expires the request, or sends it back to the applicant, when something no longer holds.
     */
    public PrintCheck checkBeforePrinting(Long requestId) {
        VisaRequest request = load(requestId);
        Meeting meeting = meeting(request);
        Instant now = clock.instant();
        RuleVerdict ahead = meetingAhead.check(meeting.getCode(), meeting.getFirstDay(), now);
        if (!ahead.passed()) {
            expire(request, ahead);
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
                            reason("travel.findingBeforePrinting", p, f, "today", today.toString()), null, AuditLog.SYSTEM);
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
        request.detailsToCorrect("The details no longer meet the Visa Code's requirements, or cannot be printed, on "
                + human(today) + ", when the letters were to be printed; correct them and TSB will review the request"
                + " again.");
        tell(request, "update.detailsToCorrect", Wording.of("update.noLongerValid", "today", today.toString()));
        return PrintCheck.DETAILS_NO_LONGER_VALID;
    }

    private void expire(VisaRequest request, RuleVerdict verdict) {
        request.expire();
        decisions.record(request, null, Rule.MEETING_AHEAD, Outcome.EXPIRED, verdict.why(), verdict.inputs(),
                AuditLog.SYSTEM);
        tell(request, "update.expired", verdict.why());
    }

    /** What the eligibility table (a step of the process) is to be asked about this request. */
    public EligibilityPolicy.Question eligibilityQuestion(Long requestId) {
        VisaRequest request = load(requestId);
        return eligibility.question(entity(request), meeting(request), request.receivedDate());
    }

    /** The table's answer, recorded as the request's decision with its reason; true when it may go on. */
    public boolean concludeEligibility(Long requestId, EligibilityPolicy.Reason answer) {
        VisaRequest request = load(requestId);
        RuleVerdict verdict = eligibility.verdict(entity(request), meeting(request), request.receivedDate(), answer);
        return conclude(request, Rule.ELIGIBILITY, verdict);
    }

    public boolean checkSubmissionWindow(Long requestId) {
        VisaRequest request = load(requestId);
        Meeting meeting = meeting(request);
        RuleVerdict verdict = window.check(request.receivedDate(), meeting.getFirstDay(), meeting.getRequestDaysBefore());
        return conclude(request, Rule.SUBMISSION_WINDOW, verdict);
    }

    public RegistrationPolicy.Overall checkRegistrations(Long requestId) {
        VisaRequest request = load(requestId);
        Meeting meeting = meeting(request);
        List<RegistrationPolicy.Person> persons = new ArrayList<>();
        for (Participant p : request.activeParticipants()) {
            RegistrationStatus status = registrationStatus(meeting, p);
            persons.add(new RegistrationPolicy.Person(p.getId(), p.label(), p.getRegistrationNumber(), status));
        }
        RegistrationPolicy.Result result = registrations.check(persons);
        Map<Long, Participant> byId = request.activeParticipants().stream()
                .collect(Collectors.toMap(Participant::getId, Function.identity()));
        boolean alreadyWaiting = request.getStatus() == RequestStatus.AWAITING_REGISTRATION;
        for (RegistrationPolicy.PersonVerdict v : result.persons()) {
            if (v.outcome() == RegistrationPolicy.PersonOutcome.DROPPED) {
                byId.get(v.participantId()).drop(v.why());
                decisions.record(request, v.participantId(), Rule.REGISTRATION, Outcome.DROPPED, v.why(), null,
                        AuditLog.SYSTEM);
            } else if (v.outcome() == RegistrationPolicy.PersonOutcome.PENDING && !alreadyWaiting) {
                decisions.record(request, v.participantId(), Rule.REGISTRATION, Outcome.PENDING, v.why(), null,
                        AuditLog.SYSTEM);
            }
        }
        switch (result.overall()) {
            case CONFIRMED -> decisions.record(request, null, Rule.REGISTRATION, Outcome.PASSED,
                    Wording.of("registration.allApproved", "meeting", meeting.getCode()), null, AuditLog.SYSTEM);
            case PENDING -> {
                if (!alreadyWaiting) {
                    request.awaitRegistrations();
                    tell(request, "update.waiting", Wording.of("update.waitingWhy", "lastDay",
                            meeting.lastDayForRequests().toString()));
                }
            }
            case NONE_LEFT -> reject(request, Rule.REGISTRATION, Wording.of("registration.noneLeft", "meeting",
                    meeting.getCode()), null);
        }
        return result.overall();
    }

    /** The wait for registrations ended (the window closed): persons still unconfirmed are removed. */
    public void refuseUnconfirmed(Long requestId) {
        VisaRequest request = load(requestId);
        Meeting meeting = meeting(request);
        for (Participant p : request.activeParticipants()) {
            RegistrationStatus status = registrationStatus(meeting, p);
            if (status != RegistrationStatus.APPROVED) {
                Wording reason = Wording.of("registration.notApprovedInTime", "person",
                        RegistrationPolicy.capitalize(p.label()), "number", p.getRegistrationNumber(), "lastDay",
                        meeting.lastDayForRequests());
                p.drop(reason);
                decisions.record(request, p.getId(), Rule.REGISTRATION, Outcome.DROPPED, reason, null, AuditLog.SYSTEM);
            }
        }
    }

    public boolean checkTravelDocuments(Long requestId) {
        VisaRequest request = load(requestId);
        Meeting meeting = meeting(request);
        boolean valid = true;
        for (Participant p : request.activeParticipants()) {
            for (TravelDocumentPolicy.Finding f : findings(request, meeting, p)) {
                Outcome outcome = f.severity() == TravelDocumentPolicy.Severity.ERROR ? Outcome.FAILED : Outcome.WARNING;
                valid &= outcome != Outcome.FAILED;
                decisions.record(request, p.getId(), Rule.TRAVEL_DOCUMENT, outcome, reason("travel.finding", p, f),
                        null, AuditLog.SYSTEM);
            }
        }
        if (valid) {
            decisions.record(request, null, Rule.TRAVEL_DOCUMENT, Outcome.PASSED, Wording.of("travel.passed"), null,
                    AuditLog.SYSTEM);
            request.readyForReview();
        } else {
            request.detailsToCorrect(null);
            tell(request, "update.detailsToCorrect", Wording.of("update.detailsToCorrectWhy"));
        }
        return valid;
    }

    /** A finding as its decision states it: "Participant 1, passport.expiryDate: …". */
    private static Wording reason(String code, Participant p, TravelDocumentPolicy.Finding f, String... more) {
        Map<String, String> args = new java.util.LinkedHashMap<>(f.why().args());
        args.put("person", RegistrationPolicy.capitalize(p.label()));
        args.put("field", f.field());
        args.put("finding", f.why().code());
        for (int i = 0; i < more.length; i += 2) {
            args.put(more[i], more[i + 1]);
        }
        return new Wording(code, args);
    }

    /** The findings of the travel document rules for one person, as of the request's received day. */
    public List<TravelDocumentPolicy.Finding> findings(VisaRequest request, Meeting meeting, Participant p) {
        return travelDocuments.check(p.details(), request.receivedDate(), meeting.getFirstDay(), meeting.getLastDay());
    }

    public void escalateReview(Long requestId) {
        VisaRequest request = load(requestId);
        if (MeetingAheadPolicy.hasBegun(meeting(request).getFirstDay(), clock.instant())) {
            return; // too late to escalate: the request expires instead
        }
        request.escalate();
        decisions.record(request, null, Rule.ESCALATION, Outcome.ESCALATED, Wording.of("review.escalated", "days",
                SubmittingRequest.ESCALATE_REVIEW_DAYS_BEFORE), null, AuditLog.SYSTEM);
    }

    /**
     * The letters are stored: the request is final for them in the same transaction, so that nothing
     * (a withdrawal) can come between the letters and the status that says they exist.
     */
    public void lettersIssued(Long requestId) {
        markIssued(load(requestId));
    }

    /**
     * The focal points hear that the letters can be downloaded: a step of its own, so that a failure to
     * tell never undoes a letter. A process that printed its letters before this version of the process
     * left its request approved until this step: it is marked issued here.
     */
    public void tellLettersIssued(Long requestId) {
        VisaRequest request = load(requestId);
        if (request.getStatus() == RequestStatus.APPROVED) {
            markIssued(request);
        }
        tell(request, "update.lettersIssued", Wording.of("update.lettersIssuedWhy"));
    }

    private void markIssued(VisaRequest request) {
        request.lettersIssued();
        decisions.record(request, null, Rule.LETTER, Outcome.ISSUED, Wording.of("letter.issued"), null, AuditLog.SYSTEM);
    }

    /** Requests waiting for the changed registration are told; the process ignores it if not waiting. */
    @EventListener
    public void on(RegistrationStatusChanged event) {
        for (Long id : requests.findIdsAwaiting(event.meetingId(), event.confirmationNumber(),
                RequestStatus.AWAITING_REGISTRATION)) {
            workflow.registrationStatusChanged(id);
        }
    }

    private boolean conclude(VisaRequest request, Rule rule, RuleVerdict verdict) {
        if (verdict.passed()) {
            decisions.record(request, null, rule, Outcome.PASSED, verdict.why(), verdict.inputs(), AuditLog.SYSTEM);
        } else {
            reject(request, rule, verdict.why(), verdict.inputs());
        }
        return verdict.passed();
    }

    private void reject(VisaRequest request, Rule rule, Wording why, String inputs) {
        request.reject();
        decisions.record(request, null, rule, Outcome.FAILED, why, inputs, AuditLog.SYSTEM);
        tell(request, "update.refused", why);
    }

    /** The applicant's focal points hear of it, in this transaction. */
    private void tell(VisaRequest request, String what, Wording why) {
        events.publishEvent(RequestUpdate.of(request, what, why));
    }

    /** The status of the registration a person named, or null when there is no such registration. */
    private RegistrationStatus registrationStatus(Meeting meeting, Participant p) {
        return reference.registration(meeting.getId(), p.getRegistrationNumber())
                .map(Registration::getStatus).orElse(null);
    }

    private Organization entity(VisaRequest request) {
        return reference.organization(request.getOrganizationId(), "entityId");
    }

    private Meeting meeting(VisaRequest request) {
        return reference.meeting(request.getMeetingId());
    }

    private VisaRequest load(Long id) {
        return requests.findById(id).orElseThrow(() -> new RequestNotFound(id));
    }
}
