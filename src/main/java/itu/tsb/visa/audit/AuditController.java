package itu.tsb.visa.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Audit trails beside the requests' own histories: accounts, and corrections of reference data. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditLog audit;
    private final AuditChain chain;

    AuditController(AuditLog audit, AuditChain chain) {
        this.audit = audit;
        this.chain = chain;
    }

    /** Walks the hash chain of the audit trail: valid, or where it breaks and why. */
    @GetMapping("/verify")
    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    AuditChain.Verification verify() {
        return chain.verify();
    }

    record Entry(Instant at, String actor, String action, String detail) {
    }

    @GetMapping("/accounts")
    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    List<Entry> accounts() {
        return entries(AuditLog.ACCOUNT_ACTIONS);
    }

    /** Corrections of reference data, each with who, when and the fields changed (before and after). */
    @GetMapping("/reference")
    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN','TSB_STAFF')")
    List<Entry> reference() {
        return entries(AuditLog.REFERENCE_ACTIONS);
    }

    /** Runs over the data as a whole: the retention job (nightly, or run by an admin), re-encryption. */
    @GetMapping("/operations")
    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    List<Entry> operations() {
        return entries(AuditLog.OPERATION_ACTIONS);
    }

    private List<Entry> entries(List<String> actions) {
        return audit.latest(actions).stream().map(e -> new Entry(e.getAt(), e.getActor(), e.getAction(), e.getDetail()))
                .toList();
    }
}
