package itu.tsb.visa.letter;

import java.time.Instant;

import itu.tsb.visa.shared.crypto.EncryptedBytes;
import itu.tsb.visa.shared.crypto.EncryptedString;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One issued letter version. A newer version supersedes the older one, staff may revoke one; nothing is
 * overwritten. The holder's initials and year of birth, as printed on this version, are kept with it for
 * the public verification page (encrypted, and deleted with the rest of the personal data).
 */
@Entity
@Table(name = "letter")
class Letter {

    static final String ISSUED = "ISSUED";
    static final String REVOKED = "REVOKED";
    static final String SUPERSEDED = "SUPERSEDED";
    /** Was issued; its PDF and holder data were deleted after the retention period (the meeting is long over). */
    static final String PURGED = "PURGED";

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
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "superseded_by")
    private String supersededBy;
    @Convert(converter = EncryptedString.class)
    @Column(name = "holder_initials")
    private String holderInitials;
    @Convert(converter = EncryptedString.class)
    @Column(name = "holder_birth_year")
    private String holderBirthYear;

    protected Letter() {
    }

    Letter(Long requestId, Long participantId, int version, String reference, String language, byte[] pdf,
            String sha256, String verifyToken, Instant issuedAt, String holderInitials, int holderBirthYear) {
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
        this.holderInitials = holderInitials;
        this.holderBirthYear = Integer.toString(holderBirthYear);
    }

    /** Staff revoke it (the reason stays internal: the public page shows only the date). */
    void revoke(String reason, Instant at) {
        this.status = REVOKED;
        this.revokedReason = reason;
        this.revokedAt = at;
    }

    void supersede(String newerReference, Instant at) {
        this.status = SUPERSEDED;
        this.supersededBy = newerReference;
        this.revokedAt = at;
    }

    /** The retention period is over: the PDF and what identifies the holder go. */
    void deletePersonalData() {
        if (ISSUED.equals(status)) {
            this.status = PURGED;
        }
        this.pdf = null;
        this.holderInitials = null;
        this.holderBirthYear = null;
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

    Instant getRevokedAt() {
        return revokedAt;
    }

    String getSupersededBy() {
        return supersededBy;
    }

    String getHolderInitials() {
        return holderInitials;
    }

    Integer getHolderBirthYear() {
        return holderBirthYear == null ? null : Integer.valueOf(holderBirthYear);
    }
}
