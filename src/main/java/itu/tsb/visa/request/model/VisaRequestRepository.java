package itu.tsb.visa.request.model;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import itu.tsb.visa.request.RequestStatus;

public interface VisaRequestRepository extends JpaRepository<VisaRequest, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<VisaRequest> {

    /** Persons stored before names had a search key, after this id, in id order. */
    @Query("select p from Participant p where p.familyNameKey is null"
            + " and p.familyName is not null and p.id > :after order by p.id")
    List<Participant> lackingSearchKey(Long after, org.springframework.data.domain.Pageable page);

    /** The search keys of the family names of the persons still on these requests: [request id, meeting id, key]. */
    @Query("select r.id, r.meetingId, p.familyNameKey from Participant p join p.request r"
            + " where r.id in :ids and p.familyNameKey is not null and p.status = itu.tsb.visa.request.model.ParticipantStatus.ACTIVE")
    List<Object[]> nameKeys(java.util.Collection<Long> ids);

    /**
     * Of these family names (search keys) in these meetings, those on more than one live request of the same
     * meeting: [meeting id, key]. One grouped look-up through the keys' index, whatever the page holds.
     */
    @Query("select r.meetingId, p.familyNameKey from Participant p join p.request r"
            + " where p.familyNameKey in :keys and r.meetingId in :meetings and r.status in :live"
            + " and p.status = itu.tsb.visa.request.model.ParticipantStatus.ACTIVE"
            + " group by r.meetingId, p.familyNameKey having count(distinct r.id) > 1")
    List<Object[]> namesOnSeveralRequests(java.util.Collection<String> keys, java.util.Collection<Long> meetings,
            java.util.Collection<RequestStatus> live);

    /** How many persons each of these requests named, and how many of them a rule removed: [request id, all, removed]. */
    @Query("select p.request.id, count(p), sum(case when p.status ="
            + " itu.tsb.visa.request.model.ParticipantStatus.DROPPED then 1 else 0 end) from Participant p"
            + " where p.request.id in :ids group by p.request.id")
    List<Object[]> personCounts(java.util.Collection<Long> ids);

    /** The requests naming a person whose family name has one of these keyed hashes. */
    @Query("select distinct p.request.id from Participant p where p.familyNameKey in ?1")
    List<Long> idsNaming(java.util.Collection<String> familyNameKeys);

    /** A meeting's requests as what its report shows, by id: id, reference, entity, channel, received, status. */
    @Query("select r.id, r.reference, r.organizationId, r.channel, r.receivedAt, r.status from VisaRequest r"
            + " where r.meetingId = ?1 order by r.id")
    List<Object[]> reportRows(Long meetingId);

    /** Persons and persons removed by a rule, by request, of a meeting's requests. */
    @Query("select p.request.id, count(p), sum(case when p.status ="
            + " itu.tsb.visa.request.model.ParticipantStatus.DROPPED then 1 else 0 end) from Participant p"
            + " where p.request.meetingId = ?1 group by p.request.id")
    List<Object[]> personCountsOfMeeting(Long meetingId);



    /**
     * The review inbox, a page at a time: the requests waiting for review, escalated first, then the
     * longest waiting (index ix_request_inbox).
     */
    @Query(value = "select r from VisaRequest r where r.status = itu.tsb.visa.request.RequestStatus.UNDER_REVIEW"
            + " order by r.escalated desc, r.receivedAt asc, r.id asc",
            countQuery = "select count(r) from VisaRequest r where r.status = itu.tsb.visa.request.RequestStatus.UNDER_REVIEW")
    org.springframework.data.domain.Page<VisaRequest> findInbox(org.springframework.data.domain.Pageable page);

    List<VisaRequest> findByMeetingIdOrderByIdAsc(Long meetingId);

    @Query("select r.id from VisaRequest r where r.purgedAt is null and r.status in ?2 and r.meetingId in ?1")
    List<Long> findUnpurged(java.util.Collection<Long> meetingIds, java.util.Collection<RequestStatus> statuses);

    @Query("select distinct p.request.id from Participant p where p.request.meetingId = ?1 "
            + "and p.registrationNumber = ?2 and p.request.status = ?3")
    List<Long> findIdsAwaiting(Long meetingId, String registrationNumber, RequestStatus status);

    /** References of the live requests of an entity on which an active person holds this registration. */
    @Query("select distinct p.request.reference from Participant p where p.request.meetingId = ?1 "
            + "and p.request.organizationId = ?2 and p.registrationNumber = ?3 "
            + "and p.status = itu.tsb.visa.request.model.ParticipantStatus.ACTIVE "
            + "and p.request.status not in " + RequestStatus.NOT_LIVE_IN_QUERIES + " and p.request.id <> ?4")
    List<String> findLiveHolding(Long meetingId, Long organizationId, String registrationNumber, Long excludingRequestId);

    @Query("select r.meetingId from VisaRequest r where r.id = ?1")
    Long findMeetingId(Long requestId);

    /** The request, its row held until the transaction ends: one change at a time where a limit counts. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from VisaRequest r where r.id = ?1")
    java.util.Optional<VisaRequest> lockById(Long id);

    /** How many requests are in each status, for the operators' metrics. */
    @Query("select r.status, count(r) from VisaRequest r group by r.status")
    List<Object[]> countByStatus();
}
