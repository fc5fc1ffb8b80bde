package itu.tsb.visa.notification;

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
}
