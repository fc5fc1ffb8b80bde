package itu.tsb.visa.reference;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A requesting entity: an administration, Sector Member, Associate, academia or non-member. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    private Long id;
    private String name;
    @Column(name = "name_fr")
    private String nameFr;
    private String country;
    @Enumerated(EnumType.STRING)
    private MembershipCategory category;
    @Column(name = "member_from")
    private LocalDate memberFrom;
    @Column(name = "member_until")
    private LocalDate memberUntil;

    protected Organization() {
    }

    public Organization(String name, String nameFr, String country, MembershipCategory category, LocalDate memberFrom,
            LocalDate memberUntil) {
        correct(name, nameFr, country, category, memberFrom, memberUntil);
    }

    /** Whether the membership is active on the given (Geneva) day; open ends are unbounded. */
    public boolean memberOn(LocalDate day) {
        return (memberFrom == null || !day.isBefore(memberFrom)) && (memberUntil == null || !day.isAfter(memberUntil));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Staff correct the entity: every field as given. */
    void correct(String name, String nameFr, String country, MembershipCategory category, LocalDate memberFrom,
            LocalDate memberUntil) {
        this.name = name;
        this.nameFr = nameFr;
        this.country = country;
        this.category = category;
        this.memberFrom = memberFrom;
        this.memberUntil = memberUntil;
    }

    void rename(String name, String nameFr) {
        this.name = name;
        this.nameFr = nameFr;
    }

    public String getNameFr() {
        return nameFr;
    }

    /** The name in a letter's language ("fr" or "en"); the one name where no French name was given. */
    public String name(String language) {
        return "fr".equals(language) && nameFr != null ? nameFr : name;
    }

    public String getCountry() {
        return country;
    }

    public MembershipCategory getCategory() {
        return category;
    }

    public LocalDate getMemberFrom() {
        return memberFrom;
    }

    public LocalDate getMemberUntil() {
        return memberUntil;
    }
}
