package itu.tsb.visa.request;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.support.PostgresApiTest;

/** The whole life of a request on PostgreSQL, then a search of every table for the person's data. */
class PostgresLifecycleIT extends PostgresApiTest {

    private static final String PASSPORT = "QZ7193846";
    private static final String FAMILY_NAME = "Xylophanidou";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void fullLifecycleOnPostgresLeavesNoPersonalDataInClearAnywhere() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        long registration = api.register(meeting, FAMILY_NAME, entity, meeting + "-1", "PENDING");
        CurrentUser applicant = applicantOf(entity);
        Map<String, Object> p = person(FAMILY_NAME, meeting + "-1");
        @SuppressWarnings("unchecked")
        Map<String, Object> passport = (Map<String, Object>) p.get("passport");
        passport.put("number", PASSPORT);
        passport.put("expiryDate", "2010-10-01");

        long id = check(api.post("/api/requests", applicant, request(meeting, p)), 201).body().path("id").asLong();
        assertThat(api.get("/api/requests/" + id, STAFF).body().path("status").asText()).isEqualTo("AWAITING_REGISTRATION");
        api.moveLastDay(meeting, java.time.LocalDate.of(2010, 7, 20)); // the passport no longer lasts long enough
        api.setRegistrationStatus(registration, "APPROVED");
        JsonNode toCorrect = api.get("/api/requests/" + id, applicant).body();
        assertThat(toCorrect.path("status").asText()).isEqualTo("CHANGES_REQUESTED");

        passport.put("expiryDate", "2015-07-01");
        long pid = toCorrect.path("participants").get(0).path("id").asLong();
        check(api.put("/api/requests/" + id + "/participants/" + pid, applicant, p), 200);
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        jobs.runDue();

        JsonNode done = api.get("/api/requests/" + id, applicant).body();
        assertThat(done.path("status").asText()).isEqualTo("LETTER_ISSUED");
        assertThat(api.get("/api/requests/" + id + "/letters/" + pid, applicant).status()).isEqualTo(200);

        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
                String.class);
        assertThat(tables).contains("act_hi_varinst", "act_hi_detail", "act_ge_bytearray", "participant", "letter");
        List<String> registrationNumberSeenIn = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
                for (Map.Entry<String, Object> cell : row.entrySet()) {
                    String text = cell.getValue() instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
                            : String.valueOf(cell.getValue());
                    if (text.contains(PASSPORT) || text.contains(FAMILY_NAME)) {
                        leaks.add(table + "." + cell.getKey());
                    }
                    if (text.contains(meeting + "-1")) {
                        registrationNumberSeenIn.add(table);
                    }
                }
            }
        }
        // the scan reads real data: the (non-personal) registration number is found in clear
        assertThat(registrationNumberSeenIn).contains("participant", "registration");
        assertThat(leaks).as("tables holding the passport number or name in clear").isEmpty();
    }
}
