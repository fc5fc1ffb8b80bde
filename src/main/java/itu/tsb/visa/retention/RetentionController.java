package itu.tsb.visa.retention;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RetentionController {

    private final PersonalDataRetention retention;

    RetentionController(PersonalDataRetention retention) {
        this.retention = retention;
    }

    /** Runs the nightly deletion now. */
    @PostMapping("/api/admin/retention/run")
    @PreAuthorize("hasRole('ADMIN')")
    PersonalDataRetention.Result run(java.security.Principal admin) {
        return retention.purgeDue(admin.getName());
    }
}
