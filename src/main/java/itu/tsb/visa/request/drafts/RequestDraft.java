package itu.tsb.visa.request.drafts;

import java.time.Instant;

import itu.tsb.visa.shared.crypto.EncryptedString;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A request being written by one user, as last saved: what was typed (encrypted) and a summary without personal data. */
@Entity
@Table(name = "request_draft")
class RequestDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_draft_seq")
    @SequenceGenerator(name = "request_draft_seq", sequenceName = "request_draft_seq", allocationSize = 50)
    private Long id;
    private String owner;
    @Column(name = "draft_key")
    private String key;
    @Column(name = "saved_at")
    private Instant savedAt;
    private String summary;
    @Convert(converter = EncryptedString.class)
    private String body;

    protected RequestDraft() {
    }

    RequestDraft(String owner, String key) {
        this.owner = owner;
        this.key = key;
    }

    void save(String body, String summary, Instant at) {
        this.body = body;
        this.summary = summary;
        this.savedAt = at;
    }

    String getKey() {
        return key;
    }

    Instant getSavedAt() {
        return savedAt;
    }

    String getSummary() {
        return summary;
    }

    String getBody() {
        return body;
    }
}
