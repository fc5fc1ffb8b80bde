package itu.tsb.visa.letter;

import java.time.Instant;

import jakarta.persistence.Basic;
import itu.tsb.visa.shared.EncryptedBytes;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One issued letter version. A newer version revokes the older one; nothing is overwritten. */
@Entity
@Table(name = "letter")
class Letter {

    static final String ISSUED = "ISSUED";
    static final String REVOKED = "REVOKED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_seq")
    @SequenceGenerator(name = "letter_seq", sequenceName = "letter_seq", allocationSize = 50)
    private Long id;
    @Column(name = "request_id")
    private Long requestId;
    @Column(name = "participant_id")
    private Long participantId;
    private int version;
    private String reference;
    private String language;
    @Basic(fetch = FetchType.LAZY)
    @Convert(converter = EncryptedBytes.class)
    private byte[] pdf;
    private String sha256;
    @Column(name = "verify_token")
    private String verifyToken;
    private String status;
    @Column(name = "revoked_reason")
    private String revokedReason;
    @Column(name = "issued_at")
    private Instant issuedAt;

    protected Letter() {
    }

    Letter(Long requestId, Long participantId, int version, String reference, String language, byte[] pdf,
            String sha256, String verifyToken, Instant issuedAt) {
        this.requestId = requestId;
        this.participantId = participantId;
        this.version = version;
        this.reference = reference;
        this.language = language;
        this.pdf = pdf;
        this.sha256 = sha256;
        this.verifyToken = verifyToken;
        this.status = ISSUED;
        this.issuedAt = issuedAt;
    }

    void revoke(String reason) {
        this.status = REVOKED;
        this.revokedReason = reason;
    }

    void deletePdf() {
        this.pdf = null;
    }

    boolean isIssued() {
        return ISSUED.equals(status);
    }

    Long getId() {
        return id;
    }

    Long getRequestId() {
        return requestId;
    }

    Long getParticipantId() {
        return participantId;
    }

    int getVersion() {
        return version;
    }

    String getReference() {
        return reference;
    }

    String getLanguage() {
        return language;
    }

    byte[] getPdf() {
        return pdf;
    }

    String getSha256() {
        return sha256;
    }

    String getVerifyToken() {
        return verifyToken;
    }

    String getStatus() {
        return status;
    }

    String getRevokedReason() {
        return revokedReason;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }
}
