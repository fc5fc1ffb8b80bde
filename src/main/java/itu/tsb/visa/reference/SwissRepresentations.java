package itu.tsb.visa.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.InvalidInput;
import itu.tsb.visa.shared.NotFound;

/** The list of Swiss representations staff keep: added, corrected, retired (never deleted: requests name them). */
@Service
@Transactional
public class SwissRepresentations {

    public static final Set<String> KINDS = Set.of("EMBASSY", "CONSULATE");

    /** What staff give for a representation; {@code active} false retires it from the lists. */
    public record Fields(String kind, String name, String nameFr, String city, String cityFr, String country, String email,
            boolean active) {
    }

    private final SwissRepresentationRepository repository;

    SwissRepresentations(SwissRepresentationRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<SwissRepresentation> list(String country) {
        return country == null || country.isBlank() ? repository.findAllByOrderByCountryAscCityAscIdAsc()
                : repository.findByCountryOrderByCityAscIdAsc(country.trim().toUpperCase(Locale.ROOT));
    }

    public SwissRepresentation add(Fields f) {
        Fields checked = checked(f);
        return repository.save(new SwissRepresentation(checked));
    }

    @Transactional(readOnly = true)
    public SwissRepresentation get(Long id) {
        return repository.findById(id).orElseThrow(() -> new NotFound("There is no Swiss representation " + id + "."));
    }

    /** Corrects every field; returns what changed, before and after. */
    public List<ReferenceData.Change> correct(Long id, Fields f) {
        SwissRepresentation r = get(id);
        Fields c = checked(f);
        List<ReferenceData.Change> changes = new ArrayList<>();
        ReferenceData.compare(changes, "kind", r.getKind(), c.kind());
        ReferenceData.compare(changes, "name", r.getName(), c.name());
        ReferenceData.compare(changes, "nameFr", r.getNameFr(), c.nameFr());
        ReferenceData.compare(changes, "city", r.getCity(), c.city());
        ReferenceData.compare(changes, "cityFr", r.getCityFr(), c.cityFr());
        ReferenceData.compare(changes, "country", r.getCountry(), c.country());
        ReferenceData.compare(changes, "email", r.getEmail(), c.email());
        ReferenceData.compare(changes, "active", r.isActive(), c.active());
        r.correct(c);
        return changes;
    }

    private static Fields checked(Fields f) {
        List<FieldError> errors = new ArrayList<>();
        String kind = f.kind() == null ? "" : f.kind().trim().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            errors.add(new FieldError("kind", "'" + f.kind() + "' is not one of EMBASSY, CONSULATE"));
        }
        String country = f.country() == null ? "" : f.country().trim().toUpperCase(Locale.ROOT);
        if (!List.of(Locale.getISOCountries()).contains(country)) {
            errors.add(new FieldError("country", "'" + f.country() + "' is not an ISO 3166 two-letter country code"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Fields(kind, f.name().trim(), optional(f.nameFr()), f.city().trim(), optional(f.cityFr()), country,
                optional(f.email()), f.active());
    }

    private static String optional(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The active representation of this id, if there is one (what a person may pick). */
    @Transactional(readOnly = true)
    public java.util.Optional<SwissRepresentation> active(Long id) {
        return id == null ? java.util.Optional.empty() : repository.findById(id).filter(SwissRepresentation::isActive);
    }

    /** The representation of this kind in this city and country, whether picked from the list or named. */
    @Transactional(readOnly = true)
    public java.util.Optional<SwissRepresentation> at(String kind, String city, String country) {
        if (kind == null || city == null || country == null) {
            return java.util.Optional.empty();
        }
        return list(country).stream().filter(r -> r.getKind().equals(kind) && (r.getCity().equalsIgnoreCase(city.trim())
                || city.trim().equalsIgnoreCase(r.getCityFr()))).findFirst();
    }
}
