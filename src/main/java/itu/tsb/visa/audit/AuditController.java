package itu.tsb.visa.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of accounts, for auditors and admins (a request's own trail is in its history). */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    record Entry(Instant at, String actor, String action, String detail) {
    }

    @GetMapping("/accounts")
    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    List<Entry> accounts() {
        return audit.accountEvents().stream().map(e -> new Entry(e.getAt(), e.getActor(), e.getAction(), e.getDetail()))
                .toList();
    }
}
