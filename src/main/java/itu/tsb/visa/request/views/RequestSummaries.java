package itu.tsb.visa.request.views;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.model.RequestSearch;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisaRequestRepository;
import itu.tsb.visa.request.model.VisibleRequests;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Users;
import itu.tsb.visa.shared.Batches;

/**
 * The lists of requests a user may see: a page of a search and the review inbox, each row with what its
 * reader needs to pick the next one (the meeting's days left, the persons, the flags).
 */
@Service
@Transactional(readOnly = true)
public class RequestSummaries {

    private final VisibleRequests requests;
    private final ReferenceData reference;
    private final VisaRequestRepository repository;
    private final Users users;
    private final Clock clock;

    RequestSummaries(VisibleRequests requests, ReferenceData reference, VisaRequestRepository repository, Users users,
            Clock clock) {
        this.requests = requests;
        this.reference = reference;
        this.repository = repository;
        this.users = users;
        this.clock = clock;
    }

    /** A page of the requests the user may see that match the search. */
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

    /** A page of the requests waiting for review, escalated first, then the longest waiting. */
    public RequestView.Page<RequestView.Summary> inbox(CurrentUser user, int page, int size) {
        org.springframework.data.domain.Page<VisaRequest> found = requests.inbox(user, page, size);
        return new RequestView.Page<>(summaries(found.getContent()), found.getTotalElements(), page, size);
    }
}
