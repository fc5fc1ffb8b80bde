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
    public record Fields(String kind, String name, String nameFr, String city, String country, boolean active) {
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
        return repository.save(new SwissRepresentation(checked.kind(), checked.name(), checked.nameFr(), checked.city(),
                checked.country(), checked.active()));
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
        ReferenceData.compare(changes, "country", r.getCountry(), c.country());
        ReferenceData.compare(changes, "active", r.isActive(), c.active());
        r.correct(c.kind(), c.name(), c.nameFr(), c.city(), c.country(), c.active());
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
        String fr = f.nameFr() == null || f.nameFr().isBlank() ? null : f.nameFr().trim();
        return new Fields(kind, f.name().trim(), fr, f.city().trim(), country, f.active());
    }
}
