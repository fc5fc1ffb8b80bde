package itu.tsb.visa.notification;

import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.BodyPart;
import java.util.List;
import java.util.HashMap;
import java.util.Arrays;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.AUDITOR;
import static itu.tsb.visa.support.Api.ADMIN;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Role;
import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;
import jakarta.mail.internet.MimeMessage;

/** The focal points get an e-mail with the reason; a mail server that is down delays it, never loses it. */
class ApplicantMailTest extends ApiTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    private MailOutboxSender sender;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void refusalIsMailedToTheFocalPointsWithItsReasonEvenAfterAnOutage() throws Exception {
        // the context is shared with the other API tests: what they left in the outbox goes first
        sender.sendPending();
        smtp.purgeEmailFromAllMailboxes();
        long entity = api.memberState();
        String name = "focal-" + Api.unique();
        check(api.post("/api/users", ADMIN, Map.of("username", name, "password", "a long enough password",
                "role", "APPLICANT", "entityId", entity, "email", name + "@ministry.example")), 201);
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        clock.setDay(LocalDate.of(2010, 5, 18));
        CurrentUser applicant = new CurrentUser(name, "n/a", Role.APPLICANT, entity);
        long id = check(api.post("/api/requests", applicant, request(meeting, person("Mwangi", meeting + "-1"))), 201)
                .body().path("id").asLong();

        smtp.stop();
        assertThat(sender.sendPending()).isZero();
        assertThat(jdbc.queryForObject("select status from notification where request_id = ?", String.class, id))
                .isEqualTo("PENDING");
        smtp.start();
        assertThat(sender.sendPending()).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(name + "@ministry.example");
        assertThat(received[0].getSubject()).contains("Request refused");
        assertThat(GreenMailUtil.getBody(received[0])).contains("the last day for this meeting was 17 May 2010");
        assertThat(jdbc.queryForObject("select status from notification where request_id = ?", String.class, id))
                .isEqualTo("SENT");
        assertThat(sender.sendPending()).isZero();
    }

    /**
     * As ITU does, TSB sends each issued letter to the visa section of the person's Swiss representation, with
     * the PDF; the focal points are told what was sent where; a representation without an address is recorded.
     * (Here, beside the other test of the mail server: one server port, so one class.)
     */
    @Test
    void eachLetterGoesToItsRepresentationAndTheFocalPointIsTold() throws Exception {
        long entity = api.memberState();
        String focal = emptyOutboxAndAFocalPointOf(entity);
        String city = "Eldoret-" + Api.unique();
        check(api.post("/api/swiss-representations", STAFF, Map.of("kind", "CONSULATE", "name", "Consulate of Switzerland in "
                + city, "city", city, "country", "KE", "email", "visa." + city.toLowerCase() + "@example.org", "active", true)), 201);
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        api.register(meeting, "Otieno", entity, meeting + "-2", "APPROVED");
        Map<String, Object> there = person("Mwangi", meeting + "-1");
        there.put("swissRepresentation", Map.of("kind", "CONSULATE", "city", city, "country", "KE"));
        Map<String, Object> unknown = new HashMap<>(person("Otieno", meeting + "-2"));
        unknown.put("swissRepresentation", Map.of("kind", "EMBASSY", "city", "Nowhere-" + Api.unique(), "country", "KE"));
        CurrentUser applicant = new CurrentUser(focal, "n/a", Role.APPLICANT, entity);
        long id = check(api.post("/api/requests", applicant, request(meeting, there, unknown)), 201).body().path("id").asLong();
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        jobs.runDue();

        sender.sendPending();
        MimeMessage[] received = smtp.getReceivedMessages();
        MimeMessage toRepresentation = Arrays.stream(received)
                .filter(m -> recipient(m).equals("visa." + city.toLowerCase() + "@example.org")).findFirst().orElseThrow();
        assertThat(toRepresentation.getSubject()).contains("Visa support letter", "/1");
        MimeMultipart parts = (MimeMultipart) toRepresentation.getContent();
        BodyPart pdf = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("application/pdf")) {
                pdf = parts.getBodyPart(i);
            }
        }
        assertThat(pdf).isNotNull();
        assertThat(new String(pdf.getInputStream().readNBytes(5))).isEqualTo("%PDF-");

        List<MimeMessage> toFocalPoint = Arrays.stream(received).filter(m -> recipient(m).equals(focal + "@ministry.example"))
                .filter(m -> subject(m).contains("Letters issued")).toList();
        assertThat(toFocalPoint).hasSize(1);
        assertThat(GreenMailUtil.getBody(toFocalPoint.get(0))).contains("sent each letter", "visa." + city.toLowerCase());

        String history = check(api.get("/api/requests/" + id + "/history", AUDITOR), 200).body().toString();
        assertThat(history).contains("LETTER_SENT_TO_REPRESENTATION", "LETTER_NOT_SENT_TO_REPRESENTATION");
    }

    /**
     * A delegation whose letters all go to one representation: the focal point's e-mail lists them (up to its
     * limit), and the request is marked as issued. Its audit event once quoted that list and overflowed its
     * column from about 25 persons on: the notification step failed and the request stayed approved.
     */
    @Test
    void aLargeDelegationIsToldOfItsLettersAndEndsIssued() throws Exception {
        long entity = api.memberState();
        String focal = emptyOutboxAndAFocalPointOf(entity);
        String city = "Mombasa-" + Api.unique();
        String address = "visa-section." + city.toLowerCase() + "@consulate.example.org";
        check(api.post("/api/swiss-representations", STAFF, Map.of("kind", "CONSULATE", "name", "Consulate of Switzerland in "
                + city, "city", city, "country", "KE", "email", address, "active", true)), 201);
        String meeting = api.fgSmartGrid();
        List<Map<String, Object>> persons = new java.util.ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            api.register(meeting, "Person" + (char) ('A' + i % 26), entity, meeting + "-D" + i, "APPROVED");
            Map<String, Object> p = person("Person" + (char) ('A' + i % 26), meeting + "-D" + i);
            p.put("swissRepresentation", Map.of("kind", "CONSULATE", "city", city, "country", "KE"));
            persons.add(p);
        }
        CurrentUser applicant = new CurrentUser(focal, "n/a", Role.APPLICANT, entity);
        long id = check(api.post("/api/requests", applicant, request(meeting, persons.toArray(Map[]::new))), 201)
                .body().path("id").asLong();
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        jobs.runDue();

        assertThat(check(api.get("/api/requests/" + id, STAFF), 200).body().path("status").asText()).isEqualTo("LETTER_ISSUED");
        sender.sendPending();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Arrays.stream(received).filter(m -> recipient(m).equals(address))).hasSize(30);
        List<MimeMessage> toFocalPoint = Arrays.stream(received).filter(m -> recipient(m).equals(focal + "@ministry.example"))
                .filter(m -> subject(m).contains("Letters issued")).toList();
        assertThat(toFocalPoint).hasSize(1);
        assertThat(GreenMailUtil.getBody(toFocalPoint.get(0))).contains("sent each letter", address);
        assertThat(jdbc.queryForObject("select detail from audit_event where request_id = ? and action = 'APPLICANT_NOTIFIED'",
                String.class, id)).contains("30 letter(s) sent to the persons' Swiss representations");
    }

    /**
     * Sends what the other API tests left in the outbox and forgets it; returns the name of a new focal point
     * of the entity, whose e-mail address is the name at ministry.example.
     */
    private String emptyOutboxAndAFocalPointOf(long entity) throws Exception {
        sender.sendPending();
        smtp.purgeEmailFromAllMailboxes();
        String focal = "focal-" + Api.unique();
        check(api.post("/api/users", ADMIN, Map.of("username", focal, "password", "a long enough password",
                "role", "APPLICANT", "entityId", entity, "email", focal + "@ministry.example")), 201);
        return focal;
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
