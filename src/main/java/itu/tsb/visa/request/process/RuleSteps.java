package itu.tsb.visa.request.process;

import java.time.Clock;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.request.model.DecisionRecord;
import itu.tsb.visa.request.model.Outcome;
import itu.tsb.visa.request.model.Rule;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.policy.EligibilityPolicy;
import itu.tsb.visa.request.policy.MeetingAheadPolicy;
import itu.tsb.visa.request.policy.RuleVerdict;
import itu.tsb.visa.request.policy.SubmissionWindowPolicy;
import itu.tsb.visa.request.submission.SubmittingRequest;
import itu.tsb.visa.shared.text.Wording;

/**
 * The steps of the process that apply a rule to the request as a whole: the meeting is ahead (on arrival, and by
 * the timer at its first day), the entity is eligible (the table's question and its answer), the request arrived
 * within the window, and a review still open close to the meeting is escalated. Each applies its named policy,
 * records the decision with its reason and inputs, moves the request's status, and returns only the routing fact.
 */
@NamedInterface("process")
@Service
@Transactional
public class RuleSteps {

    private final DecisionRecord decisions;
    private final Clock clock;
    private final StepRecord steps;
    private final MeetingAheadPolicy meetingAhead = new MeetingAheadPolicy();
    private final EligibilityPolicy eligibility = new EligibilityPolicy();
    private final SubmissionWindowPolicy window = new SubmissionWindowPolicy();

    RuleSteps(DecisionRecord decisions, Clock clock, StepRecord steps) {
        this.decisions = decisions;
        this.clock = clock;
        this.steps = steps;
    }

    /** The first step: a request for a meeting that has already begun is taken in and expires at once. */
    public boolean checkMeetingAhead(Long requestId) {
        VisaRequest request = steps.load(requestId);
        Meeting meeting = steps.meeting(request);
        RuleVerdict verdict = meetingAhead.check(meeting.getCode(), meeting.getFirstDay(), clock.instant());
        if (verdict.passed()) {
            decisions.record(request, null, Rule.MEETING_AHEAD, Outcome.PASSED, verdict.why(), verdict.inputs(),
                    AuditLog.SYSTEM);
        } else {
            steps.expire(request, verdict);
        }
        return verdict.passed();
    }

    /** The meeting began while the request was still open (the process's timer): it expires. */
    public void expireOpenRequest(Long requestId) {
        VisaRequest request = steps.load(requestId);
        if (request.getStatus().isFinal()) {
            return;
        }
        Meeting meeting = steps.meeting(request);
        RuleVerdict verdict = meetingAhead.check(meeting.getCode(), meeting.getFirstDay(), clock.instant());
        if (verdict.passed()) {
            // the engine's timer ran early (clocks apart): the rule, not the timer, decides
            throw new IllegalStateException("meeting " + meeting.getCode() + " of request " + requestId
                    + " has not begun yet");
        }
        steps.expire(request, verdict);
    }

    /** What the eligibility table (a step of the process) is to be asked about this request. */
    public EligibilityPolicy.Question eligibilityQuestion(Long requestId) {
        VisaRequest request = steps.load(requestId);
        return eligibility.question(steps.entity(request), steps.meeting(request), request.receivedDate());
    }

    /** The table's answer, recorded as the request's decision with its reason; true when it may go on. */
    public boolean concludeEligibility(Long requestId, EligibilityPolicy.Reason answer) {
        VisaRequest request = steps.load(requestId);
        RuleVerdict verdict = eligibility.verdict(steps.entity(request), steps.meeting(request), request.receivedDate(), answer);
        return steps.conclude(request, Rule.ELIGIBILITY, verdict);
    }

    public boolean checkSubmissionWindow(Long requestId) {
        VisaRequest request = steps.load(requestId);
        Meeting meeting = steps.meeting(request);
        RuleVerdict verdict = window.check(request.receivedDate(), meeting.getFirstDay(), meeting.getRequestDaysBefore());
        return steps.conclude(request, Rule.SUBMISSION_WINDOW, verdict);
    }

    public void escalateReview(Long requestId) {
        VisaRequest request = steps.load(requestId);
        if (MeetingAheadPolicy.hasBegun(steps.meeting(request).getFirstDay(), clock.instant())) {
            return; // too late to escalate: the request expires instead
        }
        request.escalate();
        decisions.record(request, null, Rule.ESCALATION, Outcome.ESCALATED, Wording.of("review.escalated", "days",
                SubmittingRequest.ESCALATE_REVIEW_DAYS_BEFORE), null, AuditLog.SYSTEM);
    }
}
