package itu.tsb.visa.request.model;

import java.time.LocalDate;

import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.RepresentationKind;
import itu.tsb.visa.shared.crypto.EncryptedDate;
import itu.tsb.visa.shared.crypto.EncryptedString;
import itu.tsb.visa.shared.crypto.PersonalDataCipher;
import itu.tsb.visa.shared.text.Wording;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person on a request. Every personal field is encrypted at rest. */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private VisaRequest request;
    private int position;
    @Convert(converter = EncryptedString.class)
    @Column(name = "family_name")
    private String familyName;
    /** A keyed hash of the family name made searchable, to find a person without decrypting every name. */
    @Column(name = "family_name_key")
    private String familyNameKey;
    @Convert(converter = EncryptedString.class)
    @Column(name = "given_names")
    private String givenNames;
    @Convert(converter = EncryptedString.class)
    @Column(name = "job_function")
    private String function;
    @Convert(converter = EncryptedDate.class)
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Convert(converter = EncryptedString.class)
    @Column(name = "place_of_birth")
    private String placeOfBirth;
    @Convert(converter = EncryptedString.class)
    private String nationality;
    @Column(name = "registration_number")
    private String registrationNumber;
    @Convert(converter = EncryptedString.class)
    @Column(name = "passport_number")
    private String passportNumber;
    @Convert(converter = EncryptedString.class)
    @Column(name = "issuing_authority")
    private String issuingAuthority;
    @Convert(converter = EncryptedDate.class)
    @Column(name = "issue_date")
    private LocalDate issueDate;
    @Convert(converter = EncryptedDate.class)
    @Column(name = "expiry_date")
    private LocalDate expiryDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "representation_kind")
    private RepresentationKind representationKind;
    @Column(name = "representation_city")
    private String representationCity;
    @Column(name = "representation_country")
    private String representationCountry;
    @Enumerated(EnumType.STRING)
    private ParticipantStatus status;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "status_reason_words")
    private String statusReasonWords;

    protected Participant() {
    }

    Participant(VisaRequest request, int position, PersonDetails details) {
        this.request = request;
        this.position = position;
        this.status = ParticipantStatus.ACTIVE;
        update(details);
    }

    public final void update(PersonDetails d) {
        this.familyName = d.familyName();
        this.familyNameKey = PersonalDataCipher.current().searchKey(d.familyName());
        this.givenNames = d.givenNames();
        this.function = d.function();
        this.dateOfBirth = d.dateOfBirth();
        this.placeOfBirth = d.placeOfBirth();
        this.nationality = d.nationality();
        this.registrationNumber = d.registrationNumber();
        this.passportNumber = d.passportNumber();
        this.issuingAuthority = d.issuingAuthority();
        this.issueDate = d.issueDate();
        this.expiryDate = d.expiryDate();
        this.representationKind = d.representationKind();
        this.representationCity = d.representationCity();
        this.representationCountry = d.representationCountry();
    }

    /** Deletes the personal data; what remains (position, registration number, status) identifies no one. */
    void purge() {
        update(new PersonDetails(null, null, null, null, null, null, registrationNumber, null, null, null, null,
                representationKind, representationCity, representationCountry));
    }

    /** Whether the search key of the family name is missing (rows stored before there was one). */
    boolean lacksSearchKey() {
        return familyNameKey == null && familyName != null;
    }

    /** Computes the search key of a name stored before there was one (not of a name that cannot be read). */
    void addSearchKey() {
        if (PersonalDataCipher.UNREADABLE.equals(familyName)) {
            return;
        }
        this.familyNameKey = PersonalDataCipher.current().searchKey(familyName);
    }

    public void drop(Wording why) {
        this.status = ParticipantStatus.DROPPED;
        this.statusReason = why.english();
        this.statusReasonWords = why.encoded();
    }

    /** Why the person was removed, to be worded in the reader's language; null while active. */
    public Wording statusWhy() {
        return statusReasonWords != null ? Wording.decoded(statusReasonWords)
                : statusReason == null ? null : Wording.text(statusReason);
    }

    public boolean isActive() {
        return status == ParticipantStatus.ACTIVE;
    }

    public PersonDetails details() {
        return new PersonDetails(familyName, givenNames, function, dateOfBirth, placeOfBirth, nationality,
                registrationNumber, passportNumber, issuingAuthority, issueDate, expiryDate, representationKind,
                representationCity, representationCountry);
    }

    /** "Participant 2": how reasons name a person without writing personal data into the audit trail. */
    public String label() {
        return "participant " + position;
    }

    /** The passport number as lists show it: all but the last three characters hidden. */
    public String maskedPassportNumber() {
        return mask(passportNumber);
    }

    /** A passport number with all but its last three characters hidden. */
    public static String mask(String passportNumber) {
        if (passportNumber == null) {
            return null;
        }
        int keep = Math.min(3, Math.max(0, passportNumber.length() - 3));
        return "*".repeat(passportNumber.length() - keep) + passportNumber.substring(passportNumber.length() - keep);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public ParticipantStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    VisaRequest getRequest() {
        return request;
    }
}
