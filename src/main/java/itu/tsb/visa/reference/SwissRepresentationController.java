package itu.tsb.visa.reference;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.audit.AuditLog;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The Swiss embassies and consulates: everyone signed in reads the list; staff add, correct and retire entries, audited. */
@RestController
@RequestMapping("/api/swiss-representations")
class SwissRepresentationController {

    record Body(@NotBlank String kind, @NotBlank @Size(max = 300) String name, @Size(max = 300) String nameFr,
            @NotBlank @Size(max = 200) String city, @Size(max = 200) String cityFr, @NotBlank String country,
            @jakarta.validation.constraints.Email(message = "must be an e-mail address") @Size(max = 254) String email,
            @NotNull Boolean active) {
        SwissRepresentations.Fields fields() {
            return new SwissRepresentations.Fields(kind, name, nameFr, city, cityFr, country, email, active);
        }
    }

    /** {@code email}: the visa section's address, where TSB sends the letters it issues (null when unknown). */
    record View(Long id, String kind, String name, String nameFr, String city, String cityFr, String country, String email,
            boolean active) {
        static View of(SwissRepresentation r) {
            return new View(r.getId(), r.getKind(), r.getName(), r.getNameFr(), r.getCity(), r.getCityFr(), r.getCountry(),
                    r.getEmail(), r.isActive());
        }
    }

    private final SwissRepresentations representations;
    private final AuditLog audit;

    SwissRepresentationController(SwissRepresentations representations, AuditLog audit) {
        this.representations = representations;
        this.audit = audit;
    }

    /** All of them, or a country's (ISO code); retired ones say so ({@code active} false). */
    @GetMapping
    List<View> list(@RequestParam(required = false) String country) {
        return representations.list(country).stream().map(View::of).toList();
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    ResponseEntity<View> add(@Valid @RequestBody Body body, Principal staff) {
        SwissRepresentation r = representations.add(body.fields());
        audit.recordNow(null, staff.getName(), "SWISS_REPRESENTATION_ADDED", "representation " + r.getId() + ": "
                + r.getKind() + ", " + r.getName() + ", " + r.getCity() + ", " + r.getCountry());
        return ResponseEntity.created(URI.create("/api/swiss-representations/" + r.getId())).body(View.of(r));
    }

    /**
     * The list from a CSV file (UTF-8; header {@code kind,name,nameFr,city,cityFr,country,email}): each line
     * corrects the representation of its kind, city and country, or adds it; each change audited.
     */
    @PostMapping(path = "/import", consumes = "text/csv")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    SwissRepresentations.ImportReport importCsv(@RequestBody byte[] csv, Principal staff) {
        SwissRepresentations.ImportReport report = representations.importCsv(csv);
        report.changes().forEach(change -> audit.recordNow(null, staff.getName(), "SWISS_REPRESENTATION_IMPORTED", change));
        return report;
    }

    /** Every field as given; {@code active: false} retires it. The audit says which fields changed, before and after. */
    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    View correct(@PathVariable Long id, @Valid @RequestBody Body body, Principal staff) {
        List<ReferenceData.Change> changes = representations.correct(id, body.fields());
        if (!changes.isEmpty()) {
            audit.recordNow(null, staff.getName(), "SWISS_REPRESENTATION_CORRECTED", "representation " + id + ": "
                    + changes.stream().map(ReferenceData.Change::toString).collect(Collectors.joining("; ")));
        }
        return View.of(representations.get(id));
    }
}
