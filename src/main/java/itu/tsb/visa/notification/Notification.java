package itu.tsb.visa.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One e-mail to one recipient, PENDING until sent; FAILED after the last attempt. */
@Entity
@Table(name = "notification")
class Notification {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;
    @Column(name = "request_id")
    private Long requestId;
    private String recipient;
    private String subject;
    private String body;
    private String status;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "attachment_letter_id")
    private Long attachmentLetterId;

    protected Notification() {
    }

    Notification(Long requestId, String recipient, String subject, String body, Instant createdAt) {
        this.requestId = requestId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = PENDING;
        this.createdAt = createdAt;
    }

    /** An e-mail carrying an issued letter (its PDF read from the letter when the e-mail is sent). */
    Notification withLetter(Long letterId) {
        this.attachmentLetterId = letterId;
        return this;
    }

    Long getAttachmentLetterId() {
        return attachmentLetterId;
    }

    void sent(Instant at) {
        this.status = SENT;
        this.sentAt = at;
        this.attempts++;
    }

    void failed(String error, int maxAttempts) {
        this.attempts++;
        this.lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= maxAttempts) {
            this.status = FAILED;
        }
    }

    Long getId() {
        return id;
    }

    Long getRequestId() {
        return requestId;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    String getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }
}
