package itu.tsb.visa.request.views;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
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
import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.correction.CorrectionAfterIssue;
import itu.tsb.visa.request.forms.RepresentationChoice;
import itu.tsb.visa.request.model.DecisionRecord;
import itu.tsb.visa.request.model.Participant;
import itu.tsb.visa.request.model.RequestActions;
import itu.tsb.visa.request.model.RequestSearch;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisaRequestRepository;
import itu.tsb.visa.request.model.VisibleRequests;
import itu.tsb.visa.request.policy.MeetingAheadPolicy;
import itu.tsb.visa.request.policy.TravelDocumentPolicy;
import itu.tsb.visa.request.process.PersonSteps;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.Batches;
import itu.tsb.visa.shared.text.Sentences;
import itu.tsb.visa.shared.web.ReaderLanguage;

/**
 * Builds what the API shows of requests; reading a request's personal data is audited. The view is
 * read in one read-only transaction and the audit event written after it, so that a read never holds
 * two connections at once.
 */
@Service
@Transactional(readOnly = true)
public class RequestViews {

    private final VisibleRequests requests;
    private final DecisionRecord decisions;
    private final PersonSteps persons;
    private final ReferenceData reference;
    private final IssuedLetters letters;
    private final AuditLog audit;
    private final CorrectionAfterIssue afterIssue;
    private final Clock clock;

    private final TransactionTemplate readOnly;
    private final VisaRequestRepository repository;
    private final itu.tsb.visa.security.Users users;
    private final RepresentationChoice representations;

    RequestViews(VisibleRequests requests, DecisionRecord decisions, PersonSteps persons, ReferenceData reference, IssuedLetters letters,
            AuditLog audit, CorrectionAfterIssue afterIssue, PlatformTransactionManager transactions, Clock clock,
            VisaRequestRepository repository, itu.tsb.visa.security.Users users, RepresentationChoice representations) {
        this.representations = representations;
        this.users = users;
        this.repository = repository;
        this.clock = clock;
        this.afterIssue = afterIssue;
        this.requests = requests;
        this.decisions = decisions;
        this.persons = persons;
        this.reference = reference;
        this.letters = letters;
        this.audit = audit;
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
        List<RequestView.FindingView> warnings = new ArrayList<>();
        List<RequestView.FindingView> corrections = new ArrayList<>();
        if (user.isStaff() && "fr".equals(r.getLanguage()) && !r.getStatus().isFinal()) {
            if (meeting.lacksFrenchTexts()) {
                warnings.add(new RequestView.FindingView(null, "meeting", "meeting " + meeting.getCode()
                        + " has no French title or venue: the French letters would print the English ones; add them"
                        + " to the meeting before approving"));
            }
            if (entity.getNameFr() == null) {
                warnings.add(new RequestView.FindingView(null, "entity", entity.getName() + " has no French name:"
                        + " the French letters print its name as it is"));
            }
        }
        if (user.isStaff() && !r.getStatus().isFinal()) {
            for (Participant p : r.isPurged() ? List.<Participant>of() : r.activeParticipants()) {
                PersonDetails d = p.details();
                if (!representations.reachable(d.representationKind(), d.representationCity(), d.representationCountry())) {
                    warnings.add(new RequestView.FindingView(p.getId(), "swissRepresentation", Sentences.forPeople(
                            "no e-mail address of the visa section is known for this Swiss representation: add it to the"
                                    + " Swiss representations so that TSB can send the letter there", ReaderLanguage.current())));
                }
            }
        }
        for (Participant p : r.isPurged() ? List.<Participant>of() : r.activeParticipants()) {
            for (TravelDocumentPolicy.Finding f : persons.findings(r, meeting, p)) {
                var view = new RequestView.FindingView(p.getId(), f.field(), f.why().in(ReaderLanguage.current()));
                (f.severity() == TravelDocumentPolicy.Severity.WARNING ? warnings : corrections).add(view);
            }
        }
        boolean meetingBegun = MeetingAheadPolicy.hasBegun(meeting.getFirstDay(), clock.instant());
        List<IssuedLetters.LetterLink> issued = letters.forRequest(id);
        return new RequestView(r.getId(), r.getReference(), r.getStatus(), meeting.getCode(), meeting.getTitle(),
                meetingBegun,
                entity.getId(), entity.getName(), r.getReceivedAt(), r.getChannel(), r.getLanguage(),
                new RequestView.Signatory(r.getSignatoryName(), r.getSignatoryTitle()), r.isEscalated(), r.getPurgedAt(),
                r.getReviewComment(), r.getApplicantAnswer(), r.getApplicantAnswerAt(), r.getSubmittedBy(),
                decisions.of(id).stream().map(RequestView.DecisionView::of).toList(),
                warnings, corrections,
                r.getParticipants().stream().map(RequestView.ParticipantView::of).toList(),
                issued,
                user.isStaff() ? afterIssue.pendingFor(id).stream().map(c -> new RequestView.PendingCorrection(
                        c.participantId(), c.proposedBy(), c.proposedAt(), RequestView.ParticipantView.proposed(
                                r.participant(c.participantId()).orElseThrow(), c.details()))).toList() : List.of(),
                user.isStaff() ? r.getAssignedTo() : null, user.isStaff() ? r.getAssignedAt() : null,
                RequestActions.allowed(r, user, meetingBegun, !issued.isEmpty()));
    }

    public List<RequestView.Summary> list(CurrentUser user) {
        return summaries(requests.list(user));
    }

    /** A page of the requests the user may see that match the search. */
    @Transactional(readOnly = true)
    public RequestView.Page<RequestView.Summary> page(RequestSearch search, CurrentUser user) {
        org.springframework.data.domain.Page<VisaRequest> found = requests.search(search, user);
        return new RequestView.Page<>(summaries(found.getContent()), found.getTotalElements(), search.page(), search.size());
    }

    /**
     * The requests of the list with a person whose family name is also on another live request of the same
     * meeting: the list's names (by their search keys), then which of them stand on several requests.
     */
    private java.util.Set<Long> possibleDuplicates(List<Long> ids) {
        java.util.Set<Long> duplicates = new java.util.HashSet<>();
        for (List<Long> part : Batches.of(ids)) {
            List<Object[]> keys = repository.nameKeys(part);
            if (keys.isEmpty()) {
                continue;
            }
            java.util.Set<List<Object>> repeated = new java.util.HashSet<>();
            for (Object[] row : repository.namesOnSeveralRequests(keys.stream().map(k -> (String) k[2]).distinct().toList(),
                    keys.stream().map(k -> (Long) k[1]).distinct().toList(), RequestStatus.LIVE)) {
                repeated.add(List.of(row[0], row[1]));
            }
            for (Object[] k : keys) {
                if (repeated.contains(List.of(k[1], k[2]))) {
                    duplicates.add((Long) k[0]);
                }
            }
        }
        return duplicates;
    }

    private static List<String> flags(boolean escalated, boolean duplicate, boolean noEmail) {
        List<String> flags = new ArrayList<>();
        if (escalated) {
            flags.add("ESCALATED");
        }
        if (duplicate) {
            flags.add("POSSIBLE_DUPLICATE_PERSON");
        }
        if (noEmail) {
            flags.add("NO_FOCAL_POINT_EMAIL");
        }
        return flags;
    }

    /** Meetings, entities and the persons still on each request read once for the whole list. */
    private List<RequestView.Summary> summaries(List<VisaRequest> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Meeting> meetings = reference.meetings(list.stream().map(VisaRequest::getMeetingId).distinct().toList());
        java.util.Map<Long, Organization> entities = reference.organizations(
                list.stream().map(VisaRequest::getOrganizationId).distinct().toList());
        java.util.Map<Long, Long> persons = new java.util.HashMap<>();
        List<Long> ids = list.stream().map(VisaRequest::getId).toList();
        for (List<Long> part : Batches.of(ids)) {
            for (Object[] row : repository.personCounts(part)) {
                persons.put((Long) row[0], (Long) row[1] - ((Number) row[2]).longValue()); // those still on it
            }
        }
        java.util.Set<Long> duplicates = possibleDuplicates(ids);
        java.util.Set<Long> noEmail = users.entitiesWithoutEmail(entities.keySet());
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(itu.tsb.visa.shared.time.TimeConfig.GENEVA));
        return list.stream().map(r -> {
            Meeting m = meetings.get(r.getMeetingId());
            return new RequestView.Summary(r.getId(), r.getReference(), r.getStatus(), m.getCode(), r.getOrganizationId(),
                    entities.get(r.getOrganizationId()).getName(), r.getReceivedAt(),
                    persons.getOrDefault(r.getId(), 0L).intValue(), r.isEscalated(), m.getFirstDay(),
                    java.time.temporal.ChronoUnit.DAYS.between(today, m.getFirstDay()), r.getAssignedTo(),
                    flags(r.isEscalated(), duplicates.contains(r.getId()), noEmail.contains(r.getOrganizationId())));
        }).toList();
    }

    /** Requests waiting for review, escalated first, then oldest first. */
    public List<RequestView.Summary> inbox(CurrentUser user) {
        return list(user).stream().filter(s -> s.status() == RequestStatus.UNDER_REVIEW)
                .sorted(Comparator.comparing(RequestView.Summary::escalated).reversed()
                        .thenComparing(RequestView.Summary::receivedAt))
                .toList();
    }
}
