package itu.tsb.visa.request.submission;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.reference.RegistrationStatus;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Users;

/**
 * The registrations of the applicant's own entity for a meeting, to pick a person from rather than remember a
 * confirmation number: the number, the names as registered, and the status.
 */
@RestController
class OwnRegistrationsController {

    record OwnRegistration(String confirmationNumber, String familyName, String givenNames, RegistrationStatus status) {
    }

    private final ReferenceData reference;
    private final AuditLog audit;

    OwnRegistrationsController(ReferenceData reference, AuditLog audit) {
        this.reference = reference;
        this.audit = audit;
    }

    @GetMapping("/api/meetings/{code}/registrations/mine")
    @PreAuthorize("hasRole('APPLICANT')")
    List<OwnRegistration> mine(@PathVariable String code) {
        CurrentUser user = Users.current();
        audit.recordNow(null, user.username(), "REGISTRATIONS_READ", "meeting " + code + ", own entity");
        return reference.registrations(code).stream().filter(r -> r.getOrganizationId().equals(user.entityId()))
                .map(r -> new OwnRegistration(r.getConfirmationNumber(), r.getFamilyName(), r.getGivenNames(), r.getStatus()))
                .toList();
    }
}
