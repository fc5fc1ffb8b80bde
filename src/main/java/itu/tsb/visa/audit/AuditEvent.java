package itu.tsb.visa.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** The detail column's length: a longer detail is cut, and says so, rather than fail what it records. */
    static final int DETAIL_LENGTH = 2000;
    private static final String CUT = "… (cut at 2,000 characters)";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;
    @Column(name = "request_id")
    private Long requestId;
    private String actor;
    private String action;
    private String detail;
    private Instant at;

    protected AuditEvent() {
    }

    AuditEvent(Long requestId, String actor, String action, String detail, Instant at) {
        this.requestId = requestId;
        this.actor = actor;
        this.action = action;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail
                : detail.substring(0, DETAIL_LENGTH - CUT.length()) + CUT;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getAt() {
        return at;
    }
}
