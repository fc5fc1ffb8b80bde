package itu.tsb.visa.request.model;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {
    List<Decision> findByRequestIdOrderByIdAsc(Long requestId);

    /**
     * The decisions of a meeting's requests that settle one (TSB's approval or rejection, or a rule refusing
     * the request whole) as request id, rule, outcome and when, in the order they were taken: the first of a
     * request is the one that settled it. No entity is read, no reason worded.
     */
    @org.springframework.data.jpa.repository.Query("select d.requestId, d.rule, d.outcome, d.decidedAt from Decision d"
            + " where d.requestId in (select r.id from VisaRequest r where r.meetingId = ?1)"
            + " and (d.outcome in (itu.tsb.visa.request.model.Outcome.APPROVED, itu.tsb.visa.request.model.Outcome.REJECTED)"
            + " or (d.outcome = itu.tsb.visa.request.model.Outcome.FAILED and d.participantId is null)) order by d.id")
    List<Object[]> settlingOfMeeting(Long meetingId);
}
