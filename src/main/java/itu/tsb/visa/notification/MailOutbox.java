package itu.tsb.visa.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.SwissRepresentation;
import itu.tsb.visa.reference.SwissRepresentations;
import itu.tsb.visa.request.LetterIssued;
import itu.tsb.visa.request.RequestUpdate;
import itu.tsb.visa.security.Users;
import itu.tsb.visa.shared.text.Wording;

/**
 * Hears of each update the applicant must know of; audits it and queues one e-mail per focal point of
 * the requesting entity, in the transaction of the update (nothing told of what did not commit).
 */
@Component
class MailOutbox {

    private final NotificationRepository outbox;
    private final SwissRepresentations representations;
    private final Users users;
    private final AuditLog audit;
    private final Clock clock;
    private final String publicUrl;

    MailOutbox(NotificationRepository outbox, Users users, AuditLog audit, Clock clock,
            @Value("${visa.public-url}") String publicUrl, SwissRepresentations representations) {
        this.representations = representations;
        this.outbox = outbox;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /**
     * As ITU does: each issued letter goes to the visa section of the person's Swiss representation, from TSB,
     * with the PDF; a representation without a known address is recorded as such (staff were warned of it).
     */
    @EventListener
    void on(LetterIssued letter) {
        Optional<SwissRepresentation> at = letter.representationKind() == null ? Optional.empty()
                : representations.at(letter.representationKind().name(), letter.representationCity(),
                        letter.representationCountry());
        String where = at.map(SwissRepresentation::getName).orElse(letter.representationCity() + ", "
                + letter.representationCountry());
        if (at.isEmpty() || at.get().getEmail() == null) {
            audit.record(letter.requestId(), AuditLog.SYSTEM, "LETTER_NOT_SENT_TO_REPRESENTATION", letter.letterReference()
                    + ": no e-mail address is known for " + where + "; the person takes the letter there");
            return;
        }
        String title = "[ITU TSB] Visa support letter / Lettre d'appui à la demande de visa " + letter.letterReference();
        String body = "To the visa section, " + at.get().getName() + "\n\n"
                + "Please find attached the letter by which the ITU Telecommunication Standardization Bureau supports the"
                + " visa application of participant " + letter.position() + " of request " + letter.requestReference()
                + " (reference " + letter.letterReference() + "). Its authenticity can be checked online at the address"
                + " printed on it.\n\n"
                + "À la section des visas, " + (at.get().getNameFr() == null ? at.get().getName() : at.get().getNameFr())
                + "\n\nVeuillez trouver ci-joint la lettre par laquelle le Bureau de la normalisation des télécommunications"
                + " de l'UIT appuie la demande de visa du participant " + letter.position() + " de la demande "
                + letter.requestReference() + " (référence " + letter.letterReference() + "). Son authenticité peut être"
                + " vérifiée en ligne à l'adresse imprimée sur la lettre.\n\nITU Telecommunication Standardization Bureau";
        outbox.save(new Notification(letter.requestId(), at.get().getEmail(), title, body, clock.instant())
                .withLetter(letter.letterId()));
        audit.record(letter.requestId(), AuditLog.SYSTEM, "LETTER_SENT_TO_REPRESENTATION", letter.letterReference()
                + " to " + at.get().getName() + " (" + at.get().getEmail() + "), queued");
    }

    /**
     * The focal points' e-mail, in the request's language and then in the other one (an account holds no
     * language of its own yet), lists each letter sent to a representation; the audit event counts them
     * (each has an event of its own), so that it stays within its column however large the delegation.
     */
    @EventListener
    void on(RequestUpdate update) {
        List<Notification> sent = lettersSent(update);
        List<String> recipients = users.applicantEmails(update.entityId());
        List<String> languages = "en".equals(update.language()) ? List.of("en", "fr") : List.of("fr", "en");
        String title = "[ITU TSB visa assistance] " + update.reference() + ": " + update.what().in(languages.get(0))
                + " / " + update.what().in(languages.get(1));
        StringBuilder body = new StringBuilder();
        for (String language : languages) {
            if (body.length() > 0) {
                body.append("\n\n----------\n\n");
            }
            body.append(update.what().in(language)).append("\n\n").append(update.why().in(language)).append("\n\n")
                    .append(Wording.of("mail.status", "reference", update.reference(), "status", update.status(),
                            "link", publicUrl + "/request.html?id=" + update.requestId()).in(language))
                    .append("\n\n").append(Wording.of("mail.signature").in(language));
        }
        body.append(sentTo(sent, languages));
        recipients.forEach(to -> outbox.save(new Notification(update.requestId(), to, title, body.toString(),
                clock.instant())));
        audit.record(update.requestId(), AuditLog.SYSTEM, "APPLICANT_NOTIFIED", update.subject() + ": " + update.message()
                + (sent.isEmpty() ? "" : " " + sent.size() + " letter(s) sent to the persons' Swiss representations.")
                + (recipients.isEmpty() ? " (no e-mail address on file for the entity's focal points)"
                        : " (e-mail to " + recipients.size() + " focal point(s) queued)"));
    }

    /** When letters are issued, the letters queued in this transaction for the persons' Swiss representations. */
    private List<Notification> lettersSent(RequestUpdate update) {
        if (!update.lettersIssued()) {
            return List.of();
        }
        return outbox.findByRequestIdAndAttachmentLetterIdNotNullAndCreatedAtGreaterThanEqualOrderByIdAsc(
                update.requestId(), clock.instant().minusSeconds(60));
    }

    /** The focal points' confirmation of what TSB sent where, once for both languages. */
    private static String sentTo(List<Notification> sent, List<String> languages) {
        if (sent.isEmpty()) {
            return "";
        }
        StringBuilder lines = new StringBuilder("\n\n----------\n\n");
        languages.forEach(language -> lines.append(Wording.of("mail.sentTo").in(language)).append("\n"));
        int start = lines.length();
        for (int i = 0; i < sent.size(); i++) {
            if (lines.length() - start > 2000) {
                String more = String.valueOf(sent.size() - i);
                lines.append("\n- ").append(Wording.of("mail.andMore", "count", more).in(languages.get(0))).append(" / ")
                        .append(Wording.of("mail.andMore", "count", more).in(languages.get(1)));
                break;
            }
            lines.append("\n- ").append(sent.get(i).getSubject().replaceFirst("^.* ", "")).append(": ")
                    .append(sent.get(i).getRecipient());
        }
        return lines.toString();
    }
}
