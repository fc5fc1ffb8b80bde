// Longer than 250 lines: a delegation's spreadsheet read whole: its columns, their dates and countries in the forms
// people write them, and each line's checks.
package itu.tsb.visa.request.submission;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.RepresentationKind;
import itu.tsb.visa.request.StepForms;
import itu.tsb.visa.request.forms.IsoCountries;
import itu.tsb.visa.request.forms.RepresentationChoice;
import itu.tsb.visa.request.forms.StepFormCheck;
import itu.tsb.visa.request.policy.RequestChecks;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.time.StrictDays;
import itu.tsb.visa.shared.InvalidInput;
import itu.tsb.visa.shared.text.CsvText;
import itu.tsb.visa.shared.time.TimeConfig;

/**
 * A delegation from a spreadsheet (CSV, UTF-8, a header naming {@link #COLUMNS}), read and checked before
 * anything is sent: each row as the submission's form and the domain's rules would judge it (registration of
 * the entity for the meeting, dates a person could have, letters the letter can print), its errors named by
 * the sheet's columns. Nothing is stored: the page fills the form with the rows that passed.
 */
@Component
public class DelegateSheet {

    public static final List<String> COLUMNS = List.of("familyName", "givenNames", "function", "dateOfBirth",
            "placeOfBirth", "nationality", "registrationNumber", "passportNumber", "issuingAuthority",
            "passportIssueDate", "passportExpiryDate", "representationKind", "representationCity", "representationCountry");
    static final int MAX_PERSONS = 50;

    /** Where each field of the person form is in the sheet. */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("passport.number", "passportNumber"),
            Map.entry("passport.issuingAuthority", "issuingAuthority"), Map.entry("passport.issueDate", "passportIssueDate"),
            Map.entry("passport.expiryDate", "passportExpiryDate"), Map.entry("swissRepresentation.kind", "representationKind"),
            Map.entry("swissRepresentation.city", "representationCity"),
            Map.entry("swissRepresentation.country", "representationCountry"),
            Map.entry("swissRepresentation.id", "representationKind"));

    /** A row that passed, shaped as the API's person (and the form's). */
    public record Row(int line, Map<String, Object> details) {
    }

    public record RefusedLine(int line, List<FieldError> errors) {
    }

    public record Report(List<Row> persons, List<RefusedLine> refused) {
    }

    private final ReferenceData reference;
    private final RequestChecks checks;
    private final StepFormCheck forms;
    private final Clock clock;
    private final RepresentationChoice representations;

    DelegateSheet(ReferenceData reference, RequestChecks checks, StepFormCheck forms, Clock clock,
            RepresentationChoice representations) {
        this.representations = representations;
        this.reference = reference;
        this.checks = checks;
        this.forms = forms;
        this.clock = clock;
    }

    /** The header line of the template, and what each column holds. */
    public static String template() {
        return "\uFEFF" + String.join(",", COLUMNS) + "\r\n";
    }

    public Report read(String meetingCode, Long entityId, byte[] csv, CurrentUser user) {
        Meeting meeting = reference.meeting(meetingCode);
        Long entityOf = user.isApplicant() ? user.entityId() : entityId;
        if (entityOf == null) {
            throw InvalidInput.of("entityId", "is required when TSB staff read a delegation for an entity");
        }
        Organization entity = reference.organization(entityOf, "entityId");
        List<CsvText.Record> records = CsvText.parse(CsvText.utf8(csv, "save the sheet as CSV UTF-8"));
        if (records.isEmpty()) {
            throw InvalidInput.of("file", "is empty; the first line names the columns: " + String.join(",", COLUMNS));
        }
        Map<String, Integer> column = header(records.get(0));
        List<CsvText.Record> rows = records.subList(1, records.size()).stream().filter(r -> !r.isBlank()).toList();
        if (rows.size() > MAX_PERSONS) {
            throw InvalidInput.of("file", "has " + rows.size() + " persons; at most " + MAX_PERSONS + " per request");
        }
        LocalDate today = clock.instant().atZone(TimeConfig.GENEVA).toLocalDate();
        List<Row> persons = new ArrayList<>();
        List<RefusedLine> refused = new ArrayList<>();
        Map<String, Integer> registrations = new HashMap<>();
        StepFormCheck.Check personForm = forms.forStep(StepForms.Step.CORRECTION);
        for (CsvText.Record record : rows) {
            List<FieldError> errors = new ArrayList<>();
            if (record.fields().size() != column.size()) {
                refused.add(new RefusedLine(record.line(), List.of(new FieldError("line", "has "
                        + record.fields().size() + " fields; the header has " + column.size()))));
                continue;
            }
            Map<String, String> cell = new HashMap<>();
            column.forEach((name, i) -> cell.put(name, record.field(i).strip()));
            Map<String, Object> details = shape(cell, errors);
            for (FieldError e : personForm.errors(details, "")) {
                errors.add(new FieldError(COLUMN_OF.getOrDefault(e.field(), e.field()), e.message()));
            }
            if (errors.isEmpty()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> at = (Map<String, Object>) details.get("swissRepresentation");
                List<FieldError> where = new ArrayList<>();
                representations.resolve(new RepresentationChoice.Given(null, at.get("kind") == null ? null
                        : RepresentationKind.valueOf((String) at.get("kind")), (String) at.get("city"),
                        (String) at.get("country")), "", where);
                where.forEach(e -> errors.add(named(e)));
            }
            if (errors.isEmpty()) {
                PersonDetails p = details(details);
                checks.personErrors("", p, meeting, entity, null, user, today, today).forEach(e -> errors.add(named(e)));
                Integer earlier = registrations.putIfAbsent(p.registrationNumber(), record.line());
                if (earlier != null) {
                    errors.add(new FieldError("registrationNumber", "registration " + p.registrationNumber()
                            + " is already on line " + earlier));
                }
            }
            if (errors.isEmpty()) {
                persons.add(new Row(record.line(), details));
            } else {
                refused.add(new RefusedLine(record.line(), errors));
            }
        }
        return new Report(persons, refused);
    }

    private static FieldError named(FieldError e) {
        return new FieldError(COLUMN_OF.getOrDefault(e.field(), e.field()), e.message());
    }

    private static Map<String, Integer> header(CsvText.Record header) {
        Map<String, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            column.put(header.field(i).strip(), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !column.containsKey(c)).toList();
        List<String> unknown = column.keySet().stream().filter(c -> !COLUMNS.contains(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw InvalidInput.of("file", "the first line must name the columns " + String.join(",", COLUMNS)
                    + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                    + (unknown.isEmpty() ? "" : "; not known: " + String.join(", ", unknown))
                    + " (the template has them)");
        }
        return column;
    }

    /** The row as the API's person: dates as ISO days, countries as ISO codes, the kind as its code. */
    private static Map<String, Object> shape(Map<String, String> cell, List<FieldError> errors) {
        Map<String, Object> passport = new LinkedHashMap<>();
        passport.put("number", blankless(cell.get("passportNumber")));
        passport.put("issuingAuthority", blankless(cell.get("issuingAuthority")));
        passport.put("issueDate", day(cell.get("passportIssueDate"), "passportIssueDate", errors));
        passport.put("expiryDate", day(cell.get("passportExpiryDate"), "passportExpiryDate", errors));
        Map<String, Object> at = new LinkedHashMap<>();
        at.put("kind", kind(cell.get("representationKind")));
        at.put("city", blankless(cell.get("representationCity")));
        at.put("country", country(cell.get("representationCountry")));
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("familyName", blankless(cell.get("familyName")));
        person.put("givenNames", blankless(cell.get("givenNames")));
        person.put("function", blankless(cell.get("function")));
        person.put("dateOfBirth", day(cell.get("dateOfBirth"), "dateOfBirth", errors));
        person.put("placeOfBirth", blankless(cell.get("placeOfBirth")));
        person.put("nationality", country(cell.get("nationality")));
        person.put("registrationNumber", blankless(cell.get("registrationNumber")));
        person.put("passport", passport);
        person.put("swissRepresentation", at);
        return person;
    }

    @SuppressWarnings("unchecked")
    private static PersonDetails details(Map<String, Object> d) {
        Map<String, Object> passport = (Map<String, Object>) d.get("passport");
        Map<String, Object> at = (Map<String, Object>) d.get("swissRepresentation");
        return new PersonDetails((String) d.get("familyName"), (String) d.get("givenNames"), (String) d.get("function"),
                LocalDate.parse((String) d.get("dateOfBirth")), (String) d.get("placeOfBirth"), (String) d.get("nationality"),
                (String) d.get("registrationNumber"), ((String) passport.get("number")).toUpperCase(Locale.ROOT),
                (String) passport.get("issuingAuthority"), LocalDate.parse((String) passport.get("issueDate")),
                LocalDate.parse((String) passport.get("expiryDate")), RepresentationKind.valueOf((String) at.get("kind")),
                (String) at.get("city"), (String) at.get("country"));
    }

    private static String blankless(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** 1980-01-31, 31/01/1980 or 31.01.1980, as spreadsheets write days, read strictly; the ISO day. */
    private static String day(String s, String column, List<FieldError> errors) {
        if (s == null || s.isBlank()) {
            return null;
        }
        StrictDays.Read read = StrictDays.read(s);
        if (!read.ok()) {
            errors.add(new FieldError(column, read.problem()));
            return null;
        }
        return read.day().toString();
    }

    /** An ISO 3166 code, or a country's name in English or French (accents and case aside). */
    private static String country(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (IsoCountries.isValid(s)) {
            return s.length() == 2 ? s.toUpperCase(Locale.ROOT) : alpha2(s);
        }
        String wanted = fold(s);
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            if (fold(country.getDisplayCountry(Locale.ENGLISH)).equals(wanted)
                    || fold(country.getDisplayCountry(Locale.FRENCH)).equals(wanted)) {
                return code;
            }
        }
        return s;
    }

    private static String alpha2(String alpha3) {
        for (String code : Locale.getISOCountries()) {
            if (new Locale("", code).getISO3Country().equalsIgnoreCase(alpha3)) {
                return code;
            }
        }
        return alpha3;
    }

    private static String kind(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String k = fold(s);
        return k.startsWith("emb") || k.startsWith("amb") ? "EMBASSY" : k.startsWith("consul") ? "CONSULATE" : s;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").trim().toLowerCase(Locale.ROOT);
    }
}
