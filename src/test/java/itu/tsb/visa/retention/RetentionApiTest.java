package itu.tsb.visa.retention;

import static itu.tsb.visa.support.Api.ADMIN;
import static itu.tsb.visa.support.Api.AUDITOR;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.support.ApiTest;

/** Ninety days after the meeting the personal data goes; the request, its decisions and its history stay. */
class RetentionApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void personalDataOfEndedRequestsIsDeletedNinetyDaysAfterTheMeeting() throws Exception {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        api.register(meeting, "Otieno", entity, meeting + "-2", "APPROVED");
        CurrentUser applicant = applicantOf(entity);
        long issued = check(api.post("/api/requests", applicant, request(meeting, person("Mwangi", meeting + "-1"))), 201)
                .body().path("id").asLong();
        check(api.post("/api/requests/" + issued + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        jobs.runDue();
        long open = check(api.post("/api/requests", applicant, request(meeting, person("Otieno", meeting + "-2"))), 201)
                .body().path("id").asLong();
        JsonNode before = api.get("/api/requests/" + issued, applicant).body();
        long pid = before.path("participants").get(0).path("id").asLong();
        byte[] pdf = api.get("/api/requests/" + issued + "/letters/" + pid, applicant).raw();
        Matcher token = Pattern.compile("/verify/([A-Za-z0-9_-]+)").matcher(
                itu.tsb.visa.support.PdfText.of(pdf));
        assertThat(token.find()).isTrue();

        clock.setDay(LocalDate.of(2010, 9, 14));
        check(api.post("/api/admin/retention/run", ADMIN, null), 200);
        assertThat(api.get("/api/requests/" + issued, STAFF).body().path("participants").get(0).path("familyName").asText())
                .isEqualTo("Mwangi");

        clock.setDay(LocalDate.of(2010, 9, 15));
        assertThat(api.post("/api/admin/retention/run", STAFF, null).status()).isEqualTo(403);
        JsonNode result = check(api.post("/api/admin/retention/run", ADMIN, null), 200).body();
        assertThat(result.path("requests").asInt()).isPositive();

        JsonNode after = check(api.get("/api/requests/" + issued, applicant), 200).body();
        JsonNode p = after.path("participants").get(0);
        assertThat(after.path("status").asText()).isEqualTo("LETTER_ISSUED");
        assertThat(after.path("personalDataPurgedAt").isNull()).isFalse();
        assertThat(p.path("familyName").isNull()).isTrue();
        assertThat(p.path("dateOfBirth").isNull()).isTrue();
        assertThat(p.path("passport").path("number").isNull()).isTrue();
        assertThat(after.path("signatory").path("name").isNull()).isTrue();
        assertThat(after.path("decisions").size()).isEqualTo(before.path("decisions").size());
        assertThat(after.path("letters")).isEmpty();
        assertThat(api.get("/api/requests/" + issued + "/letters/" + pid, applicant).status()).isEqualTo(404);
        String page = new String(api.get("/verify/" + token.group(1), null).raw(), StandardCharsets.UTF_8);
        assertThat(page).contains("data-status=\"EXPIRED\"").doesNotContain("Holder");
        assertThat(jdbc.queryForObject("select count(*) from letter where request_id = ? and pdf is not null",
                Integer.class, issued)).isZero();
        assertThat(jdbc.queryForObject("select family_name from participant where id = ?", String.class, pid)).isNull();
        assertThat(jdbc.queryForObject("select family_name_key from participant where id = ?", String.class, pid)).isNull();
        assertThat(api.get("/api/requests/" + issued + "/history", AUDITOR).body().path("entries").findValues("action"))
                .extracting(JsonNode::asText).contains("LETTER_ISSUED", "PERSONAL_DATA_PURGED");
        // the reason is the deletion, said before the meeting's having begun
        var correction = api.put("/api/requests/" + issued + "/participants/" + pid, STAFF, person("Mwangi", meeting + "-1"));
        assertThat(correction.status()).isEqualTo(409);
        assertThat(correction.text("detail")).contains("deleted after the retention period", "nothing left to correct");

        // a request still open keeps its data for staff to end; the meeting's registrations lose their names
        assertThat(api.get("/api/requests/" + open, STAFF).body().path("participants").get(0).path("familyName").asText())
                .isEqualTo("Otieno");
        assertThat(api.get("/api/meetings/" + meeting + "/registrations", STAFF).body().findValues("familyName"))
                .allSatisfy(n -> assertThat(n.isNull()).isTrue());
    }
}
