package itu.tsb.visa.notification;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.request.RequestUpdate;
import itu.tsb.visa.security.Users;

/**
 * Hears of each update the applicant must know of; audits it and queues one e-mail per focal point of
 * the requesting entity, in the transaction of the update (nothing told of what did not commit).
 */
@Component
class MailOutbox {

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

    @EventListener
    void on(RequestUpdate update) {
        String subject = update.subject();
        String message = update.message();
        List<String> recipients = users.applicantEmails(update.entityId());
        String title = "[ITU TSB visa assistance] " + update.reference() + ": " + subject;
        String body = subject + "\n\n" + message + "\n\nRequest " + update.reference() + " is now "
                + update.status() + ". Details: " + publicUrl + "/request.html?id=" + update.requestId()
                + "\n\nITU Telecommunication Standardization Bureau";
        recipients.forEach(to -> outbox.save(new Notification(update.requestId(), to, title, body, clock.instant())));
        audit.record(update.requestId(), AuditLog.SYSTEM, "APPLICANT_NOTIFIED", subject + ": " + message
                + (recipients.isEmpty() ? " (no e-mail address on file for the entity's focal points)"
                        : " (e-mail to " + recipients.size() + " focal point(s) queued)"));
    }
}
