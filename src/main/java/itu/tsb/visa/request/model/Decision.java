package itu.tsb.visa.request.model;

import java.time.Instant;

import itu.tsb.visa.shared.text.Wording;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One decision on a request, automated or by a person: the rule, its outcome, the reason shown to
 * people and the inputs it used. Never holds personal data: it outlives the purge of that data.
 */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_seq")
    @SequenceGenerator(name = "decision_seq", sequenceName = "decision_seq", allocationSize = 50)
    private Long id;
    @Column(name = "request_id")
    private Long requestId;
    @Column(name = "participant_id")
    private Long participantId;
    @Enumerated(EnumType.STRING)
    private Rule rule;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String reason;
    @Column(name = "reason_code")
    private String reasonCode;
    @Column(name = "reason_args")
    private String reasonArgs;
    private String inputs;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Decision() {
    }

    Decision(Long requestId, Long participantId, Rule rule, Outcome outcome, Wording why, String inputs,
            String decidedBy, Instant decidedAt) {
        this.requestId = requestId;
        this.participantId = participantId;
        this.rule = rule;
        this.outcome = outcome;
        this.reason = why.english();
        this.reasonCode = why.code();
        this.reasonArgs = why.encodedArgs();
        this.inputs = inputs;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public Rule getRule() {
        return rule;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    /** Why, to be worded in the reader's language; a decision from before codes says its English words. */
    public Wording why() {
        return reasonCode == null ? Wording.text(reason) : Wording.decoded(reasonCode, reasonArgs);
    }

    public String getInputs() {
        return inputs;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
