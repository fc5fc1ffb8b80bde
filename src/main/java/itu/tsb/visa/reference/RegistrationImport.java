package itu.tsb.visa.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.InvalidInput;
import itu.tsb.visa.shared.text.CsvText;

/**
 * Registrations as ITU's registration system exports them: a whole meeting's CSV, or one registration
 * pushed at a time. Each registration is created, updated or found unchanged by its confirmation number
 * within the meeting, so importing the same file again changes nothing. A status that changes tells the
 * requests waiting for it, exactly as a change made by staff does.
 */
@Service
@Transactional
public class RegistrationImport {

    /** The header the registration system's export carries, in any order. */
    public static final List<String> COLUMNS = List.of("confirmationNumber", "familyName", "givenNames", "entityId",
            "status");
    static final int MAX_LINES = 5000;

    private final RegistrationRepository registrations;
    private final OrganizationRepository organizations;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;

    RegistrationImport(RegistrationRepository registrations, OrganizationRepository organizations,
            ReferenceData reference, ApplicationEventPublisher events) {
        this.registrations = registrations;
        this.organizations = organizations;
        this.reference = reference;
        this.events = events;
    }

    /** What an import did: counts of the stored lines, and each refused line with its errors. */
    public record Report(int created, int updated, int unchanged, List<RefusedLine> refused) {
    }

    /** A line of the file (the header is line 1) that was not stored, and why. */
    public record RefusedLine(int line, List<FieldError> errors) {
    }

    /** What one registration should be; the texts as received, checked by {@link #errors}. */
    public record Row(String confirmationNumber, String familyName, String givenNames, String entityId, String status) {
    }

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    /**
     * Imports a CSV export (UTF-8, a header row naming {@link #COLUMNS}). Lines with errors are refused
     * and nothing of them is stored; the others are.
     */
    public Report importCsv(String meetingCode, byte[] csv) {
        Meeting meeting = reference.meeting(meetingCode);
        List<CsvText.Record> records = CsvText.parse(CsvText.utf8(csv, "export it from the registration system as CSV UTF-8"));
        if (records.isEmpty()) {
            throw InvalidInput.of("file", "is empty; the first line names the columns: " + String.join(",", COLUMNS));
        }
        Map<String, Integer> column = header(records.get(0));
        if (records.size() - 1 > MAX_LINES) {
            throw InvalidInput.of("file", "has " + (records.size() - 1) + " registrations; at most " + MAX_LINES
                    + " per import");
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<RefusedLine> refused = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvText.Record record : records.subList(1, records.size())) {
            if (record.isBlank()) {
                continue;
            }
            List<FieldError> errors = new ArrayList<>();
            if (record.fields().size() != column.size()) {
                errors.add(new FieldError("line", "has " + record.fields().size() + " fields; the header has "
                        + column.size()));
                refused.add(new RefusedLine(record.line(), errors));
                continue;
            }
            Row row = new Row(record.field(column.get("confirmationNumber")), record.field(column.get("familyName")),
                    record.field(column.get("givenNames")), record.field(column.get("entityId")),
                    record.field(column.get("status")));
            errors.addAll(errors(row));
            Integer earlier = row.confirmationNumber() == null ? null
                    : seen.putIfAbsent(row.confirmationNumber().trim(), record.line());
            if (earlier != null) {
                errors.add(new FieldError("confirmationNumber", "is also on line " + earlier));
            }
            if (!errors.isEmpty()) {
                refused.add(new RefusedLine(record.line(), errors));
                continue;
            }
            switch (apply(meeting, row)) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        return new Report(created, updated, unchanged, refused);
    }

    /** Creates or updates one registration; its errors refuse it whole. */
    public Outcome upsert(String meetingCode, Row row) {
        Meeting meeting = reference.meeting(meetingCode);
        List<FieldError> errors = errors(row);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return apply(meeting, row);
    }

    /** The registration of a meeting by its confirmation number, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Registration> find(String meetingCode, String confirmationNumber) {
        return registrations.findByMeetingIdAndConfirmationNumber(reference.meeting(meetingCode).getId(),
                confirmationNumber);
    }

    private Outcome apply(Meeting meeting, Row row) {
        String number = row.confirmationNumber().trim();
        String family = row.familyName().trim();
        String given = row.givenNames().trim();
        Long entityId = Long.valueOf(row.entityId().trim());
        RegistrationStatus status = RegistrationStatus.valueOf(row.status().trim().toUpperCase(Locale.ROOT));
        Optional<Registration> existing = registrations.findByMeetingIdAndConfirmationNumber(meeting.getId(), number);
        if (existing.isEmpty()) {
            registrations.save(new Registration(meeting.getId(), entityId, family, given, number, status));
            return Outcome.CREATED;
        }
        Registration r = existing.get();
        boolean sameStatus = r.getStatus() == status;
        if (sameStatus && family.equals(r.getFamilyName()) && given.equals(r.getGivenNames())
                && entityId.equals(r.getOrganizationId())) {
            return Outcome.UNCHANGED;
        }
        r.correct(family, given, entityId);
        if (!sameStatus) {
            r.changeStatus(status);
            events.publishEvent(new RegistrationStatusChanged(meeting.getId(), number, status));
        }
        return Outcome.UPDATED;
    }

    /** What is wrong with a row, field by field: the same rules as a registration entered by staff. */
    List<FieldError> errors(Row row) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "confirmationNumber", row.confirmationNumber(), 60);
        text(errors, "familyName", row.familyName(), 200);
        text(errors, "givenNames", row.givenNames(), 200);
        String entity = row.entityId() == null ? "" : row.entityId().trim();
        if (entity.isEmpty()) {
            errors.add(new FieldError("entityId", "is required"));
        } else if (!entity.matches("\\d{1,18}")) {
            errors.add(new FieldError("entityId", "'" + abbreviate(entity) + "' is not an entity id (a number)"));
        } else if (!organizations.existsById(Long.valueOf(entity))) {
            errors.add(new FieldError("entityId", "there is no entity " + entity));
        }
        String status = row.status() == null ? "" : row.status().trim().toUpperCase(Locale.ROOT);
        if (status.isEmpty()) {
            errors.add(new FieldError("status", "is required"));
        } else if (java.util.Arrays.stream(RegistrationStatus.values()).noneMatch(s -> s.name().equals(status))) {
            errors.add(new FieldError("status", "'" + abbreviate(row.status().trim()) + "' is not one of "
                    + java.util.Arrays.toString(RegistrationStatus.values())));
        }
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            errors.add(new FieldError(field, "is required"));
        } else if (v.length() > max) {
            errors.add(new FieldError(field, "has " + v.length() + " characters; at most " + max));
        } else if (v.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "contains a control character"));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static Map<String, Integer> header(CsvText.Record header) {
        Map<String, Integer> column = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.field(i) == null ? "" : header.field(i).trim();
            Optional<String> known = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst();
            if (known.isEmpty()) {
                errors.add(new FieldError("header", "unknown column '" + abbreviate(name) + "'; the columns are "
                        + String.join(",", COLUMNS)));
            } else if (column.putIfAbsent(known.get(), i) != null) {
                errors.add(new FieldError("header", "column " + known.get() + " is named twice"));
            }
        }
        COLUMNS.stream().filter(c -> !column.containsKey(c))
                .forEach(c -> errors.add(new FieldError("header", "column " + c + " is missing")));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return column;
    }

}
