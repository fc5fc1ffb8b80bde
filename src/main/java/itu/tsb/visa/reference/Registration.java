package itu.tsb.visa.reference;

import org.hibernate.annotations.NaturalId;

import itu.tsb.visa.shared.crypto.EncryptedString;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person's registration for a meeting; its confirmation number goes on the letter. */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    private Long id;
    // with the confirmation number, what identifies a registration: a second look-up of the same one in a
    // transaction (the submission's check, then the process's) is answered from the session, unread again
    @NaturalId
    @Column(name = "meeting_id")
    private Long meetingId;
    @Column(name = "organization_id")
    private Long organizationId;
    @Convert(converter = EncryptedString.class)
    @Column(name = "family_name")
    private String familyName;
    @Convert(converter = EncryptedString.class)
    @Column(name = "given_names")
    private String givenNames;
    @NaturalId
    @Column(name = "confirmation_number")
    private String confirmationNumber;
    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    protected Registration() {
    }

    public Registration(Long meetingId, Long organizationId, String familyName, String givenNames,
            String confirmationNumber, RegistrationStatus status) {
        this.meetingId = meetingId;
        this.organizationId = organizationId;
        this.familyName = familyName;
        this.givenNames = givenNames;
        this.confirmationNumber = confirmationNumber;
        this.status = status;
    }

    /** The registration system corrected the person's names or the entity they come for. */
    void correct(String familyName, String givenNames, Long organizationId) {
        this.familyName = familyName;
        this.givenNames = givenNames;
        this.organizationId = organizationId;
    }

    void changeStatus(RegistrationStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public String getConfirmationNumber() {
        return confirmationNumber;
    }

    public RegistrationStatus getStatus() {
        return status;
    }
}
