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

    /** The columns of an import: the header line names them, in any order (nameFr, cityFr, email may be empty). */
    public static final List<String> COLUMNS = List.of("kind", "name", "nameFr", "city", "cityFr", "country", "email");

    /** What an import did: each line created, updated or unchanged, or refused with what to correct. */
    public record ImportReport(int created, int updated, int unchanged, List<RefusedLine> refused, List<String> changes) {
    }

    public record RefusedLine(int line, List<FieldError> errors) {
    }

    /**
     * Staff's list from a CSV file (UTF-8, a header naming {@link #COLUMNS}): a representation is found by its
     * kind, city and country, and corrected, or added; a refused line stores nothing. Importing the same file
     * again changes nothing.
     */
    public ImportReport importCsv(byte[] csv) {
        List<itu.tsb.visa.shared.text.CsvText.Record> records = itu.tsb.visa.shared.text.CsvText.parse(
                itu.tsb.visa.shared.text.CsvText.utf8(csv, "save the list as CSV UTF-8"));
        if (records.isEmpty()) {
            throw InvalidInput.of("file", "is empty; the first line names the columns: " + String.join(",", COLUMNS));
        }
        java.util.Map<String, Integer> column = new java.util.HashMap<>();
        for (int i = 0; i < records.get(0).fields().size(); i++) {
            column.put(records.get(0).field(i).strip(), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !column.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw InvalidInput.of("file", "the first line must name the columns " + String.join(",", COLUMNS) + "; missing: "
                    + String.join(", ", missing));
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<RefusedLine> refused = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (itu.tsb.visa.shared.text.CsvText.Record r : records.subList(1, records.size())) {
            if (r.isBlank()) {
                continue;
            }
            if (r.fields().size() != records.get(0).fields().size()) {
                refused.add(new RefusedLine(r.line(), List.of(new FieldError("line", "has " + r.fields().size()
                        + " fields; the header has " + records.get(0).fields().size()))));
                continue;
            }
            java.util.function.Function<String, String> cell = c -> r.field(column.get(c)).strip();
            List<FieldError> errors = new ArrayList<>();
            if (cell.apply("name").isEmpty()) {
                errors.add(new FieldError("name", "is required"));
            }
            if (cell.apply("city").isEmpty()) {
                errors.add(new FieldError("city", "is required"));
            }
            String email = cell.apply("email");
            if (!email.isEmpty() && !email.matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+")) {
                errors.add(new FieldError("email", "'" + email + "' is not an e-mail address"));
            }
            Fields f = new Fields(cell.apply("kind"), cell.apply("name"), cell.apply("nameFr"), cell.apply("city"),
                    cell.apply("cityFr"), cell.apply("country"), email, true);
            try {
                f = checked(f);
            } catch (InvalidInput e) {
                errors.addAll(e.fieldErrors());
            }
            if (!errors.isEmpty()) {
                refused.add(new RefusedLine(r.line(), errors));
                continue;
            }
            Fields given = f;
            java.util.Optional<SwissRepresentation> existing = list(given.country()).stream()
                    .filter(x -> x.getKind().equals(given.kind()) && x.getCity().equalsIgnoreCase(given.city())).findFirst();
            if (existing.isEmpty()) {
                SwissRepresentation added = add(given);
                changes.add("representation " + added.getId() + " added: " + given.kind() + ", " + given.name() + ", "
                        + given.city() + ", " + given.country());
                created++;
            } else {
                List<ReferenceData.Change> changed = correct(existing.get().getId(), given);
                if (changed.isEmpty()) {
                    unchanged++;
                } else {
                    changes.add("representation " + existing.get().getId() + ": " + changed.stream()
                            .map(ReferenceData.Change::toString).collect(java.util.stream.Collectors.joining("; ")));
                    updated++;
                }
            }
        }
        return new ImportReport(created, updated, unchanged, refused, changes);
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
