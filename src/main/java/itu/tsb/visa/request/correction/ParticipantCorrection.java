package itu.tsb.visa.request.correction;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.shared.crypto.EncryptedString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Details a member of TSB staff proposed for a person after the letter was issued. They replace the
 * person's details, and a new letter version is issued, only once a second member of staff approves;
 * until then the issued letter stands. The proposed details are personal data, encrypted at rest.
 */
@Entity
@Table(name = "participant_correction")
class ParticipantCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_correction_seq")
    @SequenceGenerator(name = "participant_correction_seq", sequenceName = "participant_correction_seq",
            allocationSize = 50)
    private Long id;
    @Column(name = "request_id")
    private Long requestId;
    @Column(name = "participant_id")
    private Long participantId;
    @Convert(converter = DetailsColumn.class)
    private PersonDetails details;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "proposed_at")
    private Instant proposedAt;

    protected ParticipantCorrection() {
    }

    ParticipantCorrection(Long requestId, Long participantId, PersonDetails details, String proposedBy,
            Instant proposedAt) {
        this.requestId = requestId;
        this.participantId = participantId;
        this.details = details;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    Long getRequestId() {
        return requestId;
    }

    Long getParticipantId() {
        return participantId;
    }

    PersonDetails getDetails() {
        return details;
    }

    String getProposedBy() {
        return proposedBy;
    }

    Instant getProposedAt() {
        return proposedAt;
    }

    /** The whole details as one encrypted JSON value. */
    @Converter
    static class DetailsColumn implements AttributeConverter<PersonDetails, String> {

        private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        private final EncryptedString encrypted = new EncryptedString();

        @Override
        public String convertToDatabaseColumn(PersonDetails details) {
            try {
                return details == null ? null : encrypted.convertToDatabaseColumn(JSON.writeValueAsString(details));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot store a correction", e);
            }
        }

        @Override
        public PersonDetails convertToEntityAttribute(String column) {
            try {
                return column == null ? null : JSON.readValue(encrypted.convertToEntityAttribute(column),
                        PersonDetails.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot read a stored correction", e);
            }
        }
    }

}
