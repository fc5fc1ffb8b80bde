package itu.tsb.visa.notification;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.request.ApplicantNotifier;
import itu.tsb.visa.request.VisaRequest;
import itu.tsb.visa.security.Users;

/** Audits the notification and queues one e-mail per focal point of the requesting entity. */
@Component
class MailOutbox implements ApplicantNotifier {

    private final NotificationRepository outbox;
    private final Users users;
    private final AuditLog audit;
    private final Clock clock;
    private final String publicUrl;

    MailOutbox(NotificationRepository outbox, Users users, AuditLog audit, Clock clock,
            @Value("${visa.public-url}") String publicUrl) {
        this.outbox = outbox;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Override
    public void notify(VisaRequest request, String subject, String message) {
        List<String> recipients = users.applicantEmails(request.getOrganizationId());
        String title = "[ITU TSB visa assistance] " + request.getReference() + ": " + subject;
        String body = subject + "\n\n" + message + "\n\nRequest " + request.getReference() + " is now "
                + request.getStatus() + ". Details: " + publicUrl + "/request.html?id=" + request.getId()
                + "\n\nITU Telecommunication Standardization Bureau";
        recipients.forEach(to -> outbox.save(new Notification(request.getId(), to, title, body, clock.instant())));
        audit.record(request.getId(), AuditLog.SYSTEM, "APPLICANT_NOTIFIED", subject + ": " + message
                + (recipients.isEmpty() ? " (no e-mail address on file for the entity's focal points)"
                        : " (e-mail to " + recipients.size() + " focal point(s) queued)"));
    }
}
