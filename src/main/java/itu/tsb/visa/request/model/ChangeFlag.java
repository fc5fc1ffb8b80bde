package itu.tsb.visa.request.model;

import java.time.Instant;
import java.util.List;

import itu.tsb.visa.shared.crypto.EncryptedString;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One field of one person TSB asks the applicant to change, with what staff wrote of it. The applicant's
 * correction round opens the person and marks the field; the flags of a request go once the round is sent.
 * The comment may quote personal data: it is encrypted at rest.
 */
@Entity
@Table(name = "change_flag")
public class ChangeFlag {

    /** The fields a flag can name: the person form's (forms/correction.form), as the API names them. */
    public static final List<String> FIELDS = List.of("familyName", "givenNames", "function", "dateOfBirth",
            "placeOfBirth", "nationality", "registrationNumber", "passport.number", "passport.issuingAuthority",
            "passport.issueDate", "passport.expiryDate", "swissRepresentation");
    /** The longest comment on one field, in characters. */
    public static final int MAX_COMMENT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_flag_seq")
    @SequenceGenerator(name = "change_flag_seq", sequenceName = "change_flag_seq", allocationSize = 50)
    private Long id;
    @Column(name = "request_id")
    private Long requestId;
    @Column(name = "participant_id")
    private Long participantId;
    private String field;
    @Convert(converter = EncryptedString.class)
    private String comment;
    @Column(name = "asked_by")
    private String askedBy;
    @Column(name = "asked_at")
    private Instant askedAt;

    protected ChangeFlag() {
    }

    public ChangeFlag(Long requestId, Long participantId, String field, String comment, String askedBy, Instant askedAt) {
        this.requestId = requestId;
        this.participantId = participantId;
        this.field = field;
        this.comment = comment;
        this.askedBy = askedBy;
        this.askedAt = askedAt;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public String getField() {
        return field;
    }

    public String getComment() {
        return comment;
    }

    public String getAskedBy() {
        return askedBy;
    }
}
