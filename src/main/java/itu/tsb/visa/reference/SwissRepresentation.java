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
    private String country;
    private boolean active;

    protected SwissRepresentation() {
    }

    SwissRepresentation(String kind, String name, String nameFr, String city, String country, boolean active) {
        correct(kind, name, nameFr, city, country, active);
    }

    final void correct(String kind, String name, String nameFr, String city, String country, boolean active) {
        this.kind = kind;
        this.name = name;
        this.nameFr = nameFr;
        this.city = city;
        this.country = country;
        this.active = active;
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
