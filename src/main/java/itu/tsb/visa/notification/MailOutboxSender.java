package itu.tsb.visa.notification;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import itu.tsb.visa.request.LetterFiles;

/**
 * Sends the outbox. Each e-mail is sent and marked in a transaction of its own; a failure counts an
 * attempt and the e-mail is tried again on the next round, until {@code visa.mail.max-attempts}.
 * Without a mail server configured nothing is sent and the e-mails wait.
 */
@Component
public class MailOutboxSender {

    private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);

    private final NotificationRepository outbox;
    private final LetterFiles letters;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;
    private final int maxAttempts;

    MailOutboxSender(NotificationRepository outbox, ObjectProvider<JavaMailSender> mail, TransactionTemplate tx, Clock clock,
            @Value("${visa.mail.from}") String from, @Value("${visa.mail.max-attempts}") int maxAttempts, LetterFiles letters) {
        this.letters = letters;
        this.outbox = outbox;
        this.mail = mail;
        this.tx = tx;
        this.clock = clock;
        this.from = from;
        this.maxAttempts = maxAttempts;
    }

    /** An e-mail carrying an issued letter: the PDF read from the letter now (refused if no longer valid). */
    private jakarta.mail.internet.MimeMessage withLetter(JavaMailSender sender, Notification n) {
        LetterFiles.LetterFile letter = letters.issued(n.getAttachmentLetterId()).orElseThrow(() ->
                new IllegalStateException("letter " + n.getAttachmentLetterId() + " is no longer valid: not sent"));
        try {
            jakarta.mail.internet.MimeMessage message = sender.createMimeMessage();
            org.springframework.mail.javamail.MimeMessageHelper helper =
                    new org.springframework.mail.javamail.MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(n.getRecipient());
            helper.setSubject(n.getSubject());
            helper.setText(n.getBody());
            helper.addAttachment(letter.filename(), new org.springframework.core.io.ByteArrayResource(letter.pdf()),
                    "application/pdf");
            return message;
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("the e-mail with letter " + n.getAttachmentLetterId() + " could not be made", e);
        }
    }

    /** Sends what is pending; returns how many e-mails went out. */
    @Scheduled(fixedDelayString = "${visa.mail.poll}", initialDelayString = "${visa.mail.poll}")
    public int sendPending() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (Notification n : outbox.findByStatusOrderByIdAsc(Notification.PENDING, Limit.of(100))) {
            String error = null;
            try {
                if (n.getAttachmentLetterId() == null) {
                    SimpleMailMessage message = new SimpleMailMessage();
                    message.setFrom(from);
                    message.setTo(n.getRecipient());
                    message.setSubject(n.getSubject());
                    message.setText(n.getBody());
                    sender.send(message);
                } else {
                    sender.send(withLetter(sender, n));
                }
                sent++;
            } catch (RuntimeException e) {
                error = e.getMessage();
                log.warn("e-mail {} for request {} not sent: {}", n.getId(), n.getRequestId(), error);
            }
            String failure = error;
            tx.executeWithoutResult(status -> outbox.findById(n.getId()).ifPresent(fresh -> {
                if (failure == null) {
                    fresh.sent(clock.instant());
                } else {
                    fresh.failed(failure, maxAttempts);
                }
            }));
        }
        return sent;
    }
}
