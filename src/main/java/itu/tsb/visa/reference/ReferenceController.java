// Longer than 250 lines: the routes of meetings, entities and registrations, each a few lines that hand the body to
// ReferenceData.
package itu.tsb.visa.reference;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.audit.AuditLog;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api")
class ReferenceController {

    private final ReferenceData reference;
    private final RegistrationImport imports;
    private final AuditLog audit;

    private final java.time.Clock clock;

    ReferenceController(ReferenceData reference, RegistrationImport imports, AuditLog audit, java.time.Clock clock) {
        this.reference = reference;
        this.clock = clock;
        this.imports = imports;
        this.audit = audit;
    }

    record NewEntity(@NotBlank @Size(max = 300) String name, @Size(max = 300) String nameFr,
            @NotBlank @Pattern(regexp = "[A-Za-z]{2,3}", message = "must be an ISO 3166 alpha-2 or alpha-3 code") String country,
            @NotNull MembershipCategory category, LocalDate memberFrom, LocalDate memberUntil) {
    }

    record EntityView(Long id, String name, String nameFr, String country, MembershipCategory category, LocalDate memberFrom,
            LocalDate memberUntil) {
        static EntityView of(Organization o) {
            return new EntityView(o.getId(), o.getName(), o.getNameFr(), o.getCountry(), o.getCategory(), o.getMemberFrom(),
                    o.getMemberUntil());
        }
    }

    record NewMeeting(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,60}", message = "use 1-60 letters, digits, '.', '_' or '-'") String code,
            @NotBlank @Size(max = 500) String title, @Size(max = 500) String titleFr,
            @NotBlank @Size(max = 300) String venue, @Size(max = 300) String venueFr,
            @NotNull LocalDate firstDay, @NotNull LocalDate lastDay,
            @Min(value = 0, message = "must be 0 or more") @Max(value = 365, message = "must be at most 365") Integer requestDaysBefore,
            Set<@NotNull(message = "must be a membership category") MembershipCategory> eligibleCategories) {
    }

    record MeetingView(Long id, String code, String title, String titleFr, String venue, String venueFr, LocalDate firstDay, LocalDate lastDay,
            int requestDaysBefore, LocalDate lastDayForRequests, Set<MembershipCategory> eligibleCategories,
            java.time.Instant closedAt, String closedBy) {
        static MeetingView of(Meeting m) {
            return new MeetingView(m.getId(), m.getCode(), m.getTitle(), m.getTitleFr(), m.getVenue(), m.getVenueFr(), m.getFirstDay(), m.getLastDay(),
                    m.getRequestDaysBefore(), m.lastDayForRequests(), m.eligibleCategories(), m.getClosedAt(), m.getClosedBy());
        }
    }

    record NewRegistration(@NotBlank @Size(max = 200) String familyName, @NotBlank @Size(max = 200) String givenNames,
            @NotNull Long entityId, @NotBlank @Size(max = 60) String confirmationNumber, RegistrationStatus status) {
    }

    record RegistrationView(Long id, String familyName, String givenNames, Long entityId, String confirmationNumber,
            RegistrationStatus status) {
        static RegistrationView of(Registration r) {
            return new RegistrationView(r.getId(), r.getFamilyName(), r.getGivenNames(), r.getOrganizationId(),
                    r.getConfirmationNumber(), r.getStatus());
        }
    }

    record StatusChange(@NotNull RegistrationStatus status) {
    }

    @PostMapping("/entities")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    ResponseEntity<EntityView> createEntity(@Valid @RequestBody NewEntity body, Principal staff) {
        Organization o = reference.createOrganization(body.name(), body.nameFr(), body.country(), body.category(), body.memberFrom(),
                body.memberUntil());
        audit.recordNow(null, staff.getName(), "ENTITY_CREATED", "entity " + o.getId() + ": " + o.getName() + ", "
                + o.getCategory() + ", " + o.getCountry() + ", member from " + o.getMemberFrom()
                + (o.getMemberUntil() == null ? "" : " until " + o.getMemberUntil()));
        return ResponseEntity.created(URI.create("/api/entities/" + o.getId())).body(EntityView.of(o));
    }

    record EntityNames(@NotBlank @Size(max = 300) String name, @Size(max = 300) String nameFr) {
    }

    @PutMapping("/entities/{id}/names")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    EntityView renameEntity(@PathVariable Long id, @Valid @RequestBody EntityNames body, Principal staff) {
        EntityView view = EntityView.of(reference.renameOrganization(id, body.name(), body.nameFr()));
        audit.recordNow(null, staff.getName(), "ENTITY_RENAMED", "entity " + id);
        return view;
    }

    /** Corrects every field of an entity; the audit trail says which fields changed, before and after. */
    @PutMapping("/entities/{id}")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    EntityView correctEntity(@PathVariable Long id, @Valid @RequestBody NewEntity body, Principal staff) {
        List<ReferenceData.Change> changes = reference.correctOrganization(id, body.name(), body.nameFr(), body.country(),
                body.category(), body.memberFrom(), body.memberUntil());
        if (!changes.isEmpty()) {
            audit.recordNow(null, staff.getName(), "ENTITY_CORRECTED", "entity " + id + ": " + changes.stream()
                    .map(ReferenceData.Change::toString).collect(java.util.stream.Collectors.joining("; ")));
        }
        return EntityView.of(reference.organization(id, "id"));
    }

    @GetMapping("/entities")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN','AUDITOR')")
    List<EntityView> entities() {
        return reference.organizations().stream().map(EntityView::of).toList();
    }

    @PostMapping("/meetings")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    ResponseEntity<MeetingView> createMeeting(@Valid @RequestBody NewMeeting body, Principal staff) {
        Meeting m = reference.createMeeting(body.code(),
                new ReferenceData.MeetingTexts(body.title(), body.titleFr(), body.venue(), body.venueFr()),
                body.firstDay(), body.lastDay(),
                body.requestDaysBefore(), body.eligibleCategories());
        audit.recordNow(null, staff.getName(), "MEETING_CREATED", "meeting " + m.getCode() + ": " + m.getFirstDay()
                + " to " + m.getLastDay() + ", requests " + m.getRequestDaysBefore() + " days before, eligible "
                + m.eligibleCategories());
        return ResponseEntity.created(URI.create("/api/meetings/" + m.getCode())).body(MeetingView.of(m));
    }

    record MeetingBody(@NotBlank @Size(max = 500) String title, @Size(max = 500) String titleFr,
            @NotBlank @Size(max = 300) String venue, @Size(max = 300) String venueFr,
            @NotNull LocalDate firstDay, @NotNull LocalDate lastDay,
            @NotNull @Min(value = 0, message = "must be 0 or more") @Max(value = 365, message = "must be at most 365") Integer requestDaysBefore,
            Set<@NotNull(message = "must be a membership category") MembershipCategory> eligibleCategories) {
    }

    /**
     * Corrects every field of a meeting; the audit trail says which changed, before and after. New days
     * move the open requests' deadlines (see request/RescheduledDeadlines).
     */
    @PutMapping("/meetings/{code}")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    MeetingView correctMeeting(@PathVariable String code, @Valid @RequestBody MeetingBody body, Principal staff) {
        List<ReferenceData.Change> changes = reference.correctMeeting(code,
                new ReferenceData.MeetingTexts(body.title(), body.titleFr(), body.venue(), body.venueFr()),
                body.firstDay(), body.lastDay(), body.requestDaysBefore(), body.eligibleCategories());
        if (!changes.isEmpty()) {
            audit.recordNow(null, staff.getName(), "MEETING_CORRECTED", "meeting " + code + ": " + changes.stream()
                    .map(ReferenceData.Change::toString).collect(java.util.stream.Collectors.joining("; ")));
        }
        return MeetingView.of(reference.meeting(code));
    }

    /** Closes the meeting to new requests (those it has go on); a request received before still comes in. */
    @PostMapping("/meetings/{code}/close")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    MeetingView closeMeeting(@PathVariable String code, Principal staff) {
        MeetingView view = MeetingView.of(reference.closeMeeting(code, true, staff.getName()));
        audit.recordNow(null, staff.getName(), "MEETING_CLOSED", "meeting " + code);
        return view;
    }

    @PostMapping("/meetings/{code}/reopen")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    MeetingView reopenMeeting(@PathVariable String code, Principal staff) {
        MeetingView view = MeetingView.of(reference.closeMeeting(code, false, staff.getName()));
        audit.recordNow(null, staff.getName(), "MEETING_REOPENED", "meeting " + code);
        return view;
    }

    record MeetingTextsBody(@NotBlank @Size(max = 500) String title, @Size(max = 500) String titleFr,
            @NotBlank @Size(max = 300) String venue, @Size(max = 300) String venueFr) {
    }

    @PutMapping("/meetings/{code}/texts")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    MeetingView changeMeetingTexts(@PathVariable String code, @Valid @RequestBody MeetingTextsBody body,
            Principal staff) {
        MeetingView view = MeetingView.of(reference.changeMeetingTexts(code,
                new ReferenceData.MeetingTexts(body.title(), body.titleFr(), body.venue(), body.venueFr())));
        audit.recordNow(null, staff.getName(), "MEETING_TEXTS_CHANGED", "meeting " + code);
        return view;
    }

    /**
     * The meetings; {@code open=true}: only those still open for requests (not closed, the last day for
     * requests not past in Geneva), the nearest deadline first.
     */
    @GetMapping("/meetings")
    List<MeetingView> meetings(@org.springframework.web.bind.annotation.RequestParam(required = false) Boolean open) {
        if (!Boolean.TRUE.equals(open)) {
            return reference.meetings().stream().map(MeetingView::of).toList();
        }
        LocalDate today = clock.instant().atZone(itu.tsb.visa.shared.time.TimeConfig.GENEVA).toLocalDate();
        return reference.meetings().stream().filter(m -> m.getClosedAt() == null && !m.lastDayForRequests().isBefore(today))
                .sorted(java.util.Comparator.comparing(Meeting::lastDayForRequests)).map(MeetingView::of).toList();
    }

    @GetMapping("/meetings/{code}")
    MeetingView meeting(@PathVariable String code) {
        return MeetingView.of(reference.meeting(code));
    }

    @PostMapping("/meetings/{code}/registrations")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    ResponseEntity<RegistrationView> register(@PathVariable String code, @Valid @RequestBody NewRegistration body,
            Principal staff) {
        Registration r = reference.register(code, body.familyName(), body.givenNames(), body.entityId(),
                body.confirmationNumber(), body.status());
        audit.recordNow(null, staff.getName(), "REGISTRATION_ADDED", "meeting " + code + ", registration "
                + r.getConfirmationNumber() + ": " + r.getStatus());
        return ResponseEntity.created(URI.create("/api/registrations/" + r.getId())).body(RegistrationView.of(r));
    }

    /** A CSV export of the registration system: per-line report; nothing of a refused line is stored. */
    @PostMapping(path = "/meetings/{code}/registrations/import", consumes = "text/csv")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    RegistrationImport.Report importRegistrations(@PathVariable String code, @RequestBody byte[] csv, Principal by) {
        RegistrationImport.Report report = imports.importCsv(code, csv);
        audit.recordNow(null, by.getName(), "REGISTRATIONS_IMPORTED", "meeting " + code + ": " + report.created()
                + " created, " + report.updated() + " updated, " + report.unchanged() + " unchanged, "
                + report.refused().size() + " refused");
        return report;
    }

    record PushedRegistration(@NotBlank @Size(max = 200) String familyName, @NotBlank @Size(max = 200) String givenNames,
            @NotNull Long entityId, @NotNull RegistrationStatus status) {
    }

    /** The registration system pushes one registration: created (201) or updated (200). */
    @PutMapping("/meetings/{code}/registrations/{confirmationNumber}")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    ResponseEntity<RegistrationView> pushRegistration(@PathVariable String code, @PathVariable String confirmationNumber,
            @Valid @RequestBody PushedRegistration body, Principal by) {
        // what it was, for the audit: names only as changed or not (they are personal data), the rest before and after
        java.util.Optional<String[]> before = imports.find(code, confirmationNumber.trim()).map(old -> new String[] {
                old.getFamilyName(), old.getGivenNames(), String.valueOf(old.getOrganizationId()), old.getStatus().name()});
        RegistrationImport.Outcome outcome = imports.upsert(code, new RegistrationImport.Row(confirmationNumber,
                body.familyName(), body.givenNames(), body.entityId().toString(), body.status().name()));
        Registration r = imports.find(code, confirmationNumber.trim()).orElseThrow();
        if (outcome != RegistrationImport.Outcome.UNCHANGED) {
            List<String> changed = new java.util.ArrayList<>();
            before.ifPresent(old -> {
                if (!java.util.Objects.equals(old[0], r.getFamilyName())) {
                    changed.add("familyName changed");
                }
                if (!java.util.Objects.equals(old[1], r.getGivenNames())) {
                    changed.add("givenNames changed");
                }
                if (!old[2].equals(String.valueOf(r.getOrganizationId()))) {
                    changed.add("entityId: " + old[2] + " -> " + r.getOrganizationId());
                }
                if (!old[3].equals(r.getStatus().name())) {
                    changed.add("status: " + old[3] + " -> " + r.getStatus());
                }
            });
            audit.recordNow(null, by.getName(), "REGISTRATION_PUSHED", "meeting " + code + ", registration "
                    + r.getConfirmationNumber() + ": " + outcome + (changed.isEmpty() ? "" : "; " + String.join("; ", changed)));
        }
        return ResponseEntity.status(outcome == RegistrationImport.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/registrations/" + r.getId())).body(RegistrationView.of(r));
    }

    @GetMapping("/meetings/{code}/registrations")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    List<RegistrationView> registrations(@PathVariable String code, Principal reader) {
        List<RegistrationView> list = reference.registrations(code).stream().map(RegistrationView::of).toList();
        audit.recordNow(null, reader.getName(), "REGISTRATIONS_READ", "meeting " + code);
        return list;
    }

    @PutMapping("/registrations/{id}/status")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    Map<String, Object> changeStatus(@PathVariable Long id, @Valid @RequestBody StatusChange body, Principal staff) {
        ReferenceData.StatusChanged change = reference.changeRegistrationStatus(id, body.status());
        Registration r = change.registration();
        if (change.before() != r.getStatus()) {
            audit.recordNow(null, staff.getName(), "REGISTRATION_STATUS_CHANGED", "meeting "
                    + reference.meeting(r.getMeetingId()).getCode() + ", registration " + r.getConfirmationNumber() + ": "
                    + change.before() + " -> " + r.getStatus());
        }
        return Map.of("id", r.getId(), "status", r.getStatus());
    }
}
