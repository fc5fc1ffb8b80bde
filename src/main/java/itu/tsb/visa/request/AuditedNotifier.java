package itu.tsb.visa.request;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import itu.tsb.visa.audit.AuditLog;

/**
 * Records each notification in the audit trail and the log; the applicant sees the request's status
 * and decisions in the API. No mail server is wired yet.
 */
@Component
class AuditedNotifier implements ApplicantNotifier {

    private static final Logger log = LoggerFactory.getLogger(AuditedNotifier.class);

    private final AuditLog audit;

    AuditedNotifier(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void notify(VisaRequest request, String subject, String message) {
        log.info("notification for request {} (entity {}): {}", request.getReference(), request.getOrganizationId(), subject);
        audit.record(request.getId(), AuditLog.SYSTEM, "APPLICANT_NOTIFIED", subject + ": " + message);
    }
}
