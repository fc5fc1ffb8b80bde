package itu.tsb.visa.request.submission;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Remembers which request a client's Idempotency-Key created, so a retried POST returns it again. */
@Entity
@Table(name = "idempotency_key")
class IdempotencyKey {

    @Embeddable
    record Id(@Column(name = "username") String username, @Column(name = "idem_key") String key) implements Serializable {
    }

    @EmbeddedId
    private Id id;
    @Column(name = "request_id")
    private Long requestId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected IdempotencyKey() {
    }

    IdempotencyKey(String username, String key, Long requestId, Instant createdAt) {
        this.id = new Id(username, key);
        this.requestId = requestId;
        this.createdAt = createdAt;
    }

    Long getRequestId() {
        return requestId;
    }
}
