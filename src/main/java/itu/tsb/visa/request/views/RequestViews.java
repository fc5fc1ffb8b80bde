package itu.tsb.visa.request.views;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.request.IssuedLetters;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.correction.CorrectionAfterIssue;
import itu.tsb.visa.request.model.ChangeFlagRepository;
import itu.tsb.visa.request.model.DecisionRecord;
import itu.tsb.visa.request.model.Participant;
import itu.tsb.visa.request.model.RequestActions;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisibleRequests;
import itu.tsb.visa.request.policy.MeetingAheadPolicy;
import itu.tsb.visa.request.policy.TravelDocumentPolicy;
import itu.tsb.visa.request.review.ReviewingRequest;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.web.ReaderLanguage;

/**
 * Builds what the API shows of one request; reading a request's personal data is audited (the lists are
 * {@link RequestSummaries}). The view is
 * read in one read-only transaction and the audit event written after it, so that a read never holds
 * two connections at once.
 */
@Service
@Transactional(readOnly = true)
public class RequestViews {

    private final VisibleRequests requests;
    private final DecisionRecord decisions;
    private final ReferenceData reference;
    private final IssuedLetters letters;
    private final AuditLog audit;
    private final CorrectionAfterIssue afterIssue;
    private final StaffWarnings staffWarnings;
    private final ReviewingRequest review;
    private final ChangeFlagRepository flags;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TravelDocumentPolicy travelDocuments = new TravelDocumentPolicy();

    RequestViews(VisibleRequests requests, DecisionRecord decisions, ReferenceData reference, IssuedLetters letters,
            AuditLog audit, CorrectionAfterIssue afterIssue, StaffWarnings staffWarnings, ReviewingRequest review,
            ChangeFlagRepository flags,
            PlatformTransactionManager transactions, Clock clock) {
        this.requests = requests;
        this.decisions = decisions;
        this.reference = reference;
        this.letters = letters;
        this.audit = audit;
        this.afterIssue = afterIssue;
        this.staffWarnings = staffWarnings;
        this.review = review;
        this.flags = flags;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Must be called outside a transaction (from a controller). */
    @Transactional(propagation = Propagation.NEVER)
    public RequestView view(Long id, CurrentUser user) {
        RequestView view = readOnly.execute(status -> build(id, user));
        if (view.personalDataPurgedAt() == null) {
            audit.recordNow(id, user.username(), "PERSONAL_DATA_READ", "request details viewed");
        }
        return view;
    }

    private RequestView build(Long id, CurrentUser user) {
        VisaRequest r = requests.get(id, user);
        Meeting meeting = reference.meeting(r.getMeetingId());
        Organization entity = reference.organization(r.getOrganizationId(), "entityId");
        List<RequestView.FindingView> warnings = new ArrayList<>(staffWarnings.of(r, meeting, entity, user));
        List<RequestView.FindingView> corrections = new ArrayList<>();
        // what a person could still correct: nothing on a request withdrawn, rejected or expired
        boolean correctable = !r.isPurged() && RequestStatus.LIVE.contains(r.getStatus());
        for (Participant p : correctable ? r.activeParticipants() : List.<Participant>of()) {
            for (TravelDocumentPolicy.Finding f : travelDocuments.check(p.details(), r.receivedDate(), meeting)) {
                var view = new RequestView.FindingView(p.getId(), f.field(), f.why().in(ReaderLanguage.current()));
                (f.severity() == TravelDocumentPolicy.Severity.WARNING ? warnings : corrections).add(view);
            }
        }
        // what TSB asked of a person's field when it asked for changes, until the applicant answers
        if (correctable) {
            flags.findByRequestIdOrderById(id).forEach(f -> corrections.add(
                    new RequestView.FindingView(f.getParticipantId(), f.getField(), f.getComment())));
        }
        boolean meetingBegun = MeetingAheadPolicy.hasBegun(meeting.getFirstDay(), clock.instant());
        List<IssuedLetters.LetterLink> issued = letters.forRequest(id);
        List<String> actions = RequestActions.allowed(r, user, meetingBegun, !issued.isEmpty());
        List<itu.tsb.visa.request.model.Decision> decided = decisions.of(id);
        return new RequestView(r.getId(), r.getReference(), r.getStatus(), meeting.getCode(), meeting.getTitle(),
                meetingBegun,
                entity.getId(), entity.getName(), r.getReceivedAt(), r.getChannel(), r.getLanguage(),
                new RequestView.Signatory(r.getSignatoryName(), r.getSignatoryTitle()), r.isEscalated(), r.getPurgedAt(),
                r.getReviewComment(), r.getApplicantAnswer(), r.getApplicantAnswerAt(), r.getSubmittedBy(),
                decided.stream().map(RequestView.DecisionView::of).toList(),
                warnings, corrections,
                r.getParticipants().stream().map(RequestView.ParticipantView::of).toList(),
                issued,
                user.isStaff() ? afterIssue.pendingFor(id).stream().map(c -> new RequestView.PendingCorrection(
                        c.participantId(), c.proposedBy(), c.proposedAt(), RequestView.ParticipantView.proposed(
                                r.participant(c.participantId()).orElseThrow(), c.details()))).toList() : List.of(),
                user.isStaff() ? r.getAssignedTo() : null, user.isStaff() ? r.getAssignedAt() : null, actions,
                actions.contains(RequestActions.Action.REVIEW.code()) ? review.approvalRefusal(r, user.username(), decided)
                        .map(why -> why.in(ReaderLanguage.current())).orElse(null) : null);
    }
}
