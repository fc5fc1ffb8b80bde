package itu.tsb.visa.security;

import java.security.Principal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.shared.crypto.DataKeyRotation;

/**
 * Key rotation, step two: once the application runs with the new key in {@code VISA_DATA_KEY} and the old
 * one in {@code VISA_DATA_KEYS_PREVIOUS}, an administrator re-encrypts everything to the new key; the old
 * key can then be removed.
 */
@RestController
class DataKeyController {

    private final DataKeyRotation rotation;
    private final AuditLog audit;

    DataKeyController(DataKeyRotation rotation, AuditLog audit) {
        this.rotation = rotation;
        this.audit = audit;
    }

    @PostMapping("/api/admin/data-key/reencrypt")
    @PreAuthorize("hasRole('ADMIN')")
    DataKeyRotation.Result reencrypt(Principal admin) {
        DataKeyRotation.Result result = rotation.reencryptToCurrentKey();
        audit.recordNow(null, admin.getName(), "DATA_KEY_REENCRYPTED", result.reencrypted() + " value(s) now sealed"
                + " with key " + result.currentKeyId() + "; " + result.unreadable() + " no configured key opens");
        return result;
    }
}
