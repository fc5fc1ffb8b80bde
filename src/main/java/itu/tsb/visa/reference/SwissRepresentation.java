package itu.tsb.visa.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A Swiss embassy or consulate where delegates apply for their visas; staff keep the list, and retire entries. */
@Entity
@Table(name = "swiss_representation")
public class SwissRepresentation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "swiss_representation_seq")
    @SequenceGenerator(name = "swiss_representation_seq", sequenceName = "swiss_representation_seq", allocationSize = 50)
    private Long id;
    private String kind;
    private String name;
    @Column(name = "name_fr")
    private String nameFr;
    private String city;
    @Column(name = "city_fr")
    private String cityFr;
    private String country;
    private String email;
    private boolean active;

    protected SwissRepresentation() {
    }

    SwissRepresentation(SwissRepresentations.Fields f) {
        correct(f);
    }

    final void correct(SwissRepresentations.Fields f) {
        this.kind = f.kind();
        this.name = f.name();
        this.nameFr = f.nameFr();
        this.city = f.city();
        this.cityFr = f.cityFr();
        this.country = f.country();
        this.email = f.email();
        this.active = f.active();
    }

    /** The visa section's e-mail address, or null when TSB does not know it. */
    public String getEmail() {
        return email;
    }

    /** The city's name in French, or null when it is the same. */
    public String getCityFr() {
        return cityFr;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    public boolean isActive() {
        return active;
    }
}
