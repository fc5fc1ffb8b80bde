package itu.tsb.visa.request.model;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.shared.text.Wording;

/**
 * The record of every decision taken on a request, by a rule or by a person: what was decided, why, on
 * which inputs, by whom and when. Written in the transaction of the step that decided.
 */
@Component
@Transactional
public class DecisionRecord {

    private final DecisionRepository decisions;
    private final Clock clock;

    DecisionRecord(DecisionRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    /** A decision about the request as a whole (participantId null) or about one of its persons. */
    public Decision record(VisaRequest request, Long participantId, Rule rule, Outcome outcome, Wording why, String inputs,
            String actor) {
        return decisions.save(new Decision(request.getId(), participantId, rule, outcome, why, inputs, actor,
                clock.instant()));
    }

    /** What settled a request of a meeting: its rule, outcome and when. */
    public record Settled(Rule rule, Outcome outcome, java.time.Instant at) {
    }

    /** The decision that settled each of a meeting's requests that was settled, by request id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Settled> settledOfMeeting(Long meetingId) {
        java.util.Map<Long, Settled> first = new java.util.HashMap<>();
        for (Object[] row : decisions.settlingOfMeeting(meetingId)) {
            first.putIfAbsent((Long) row[0], new Settled((Rule) row[1], (Outcome) row[2], (java.time.Instant) row[3]));
        }
        return first;
    }

    /** The decisions on a request, in the order they were taken. */
    @Transactional(readOnly = true)
    public List<Decision> of(Long requestId) {
        return decisions.findByRequestIdOrderByIdAsc(requestId);
    }
}
