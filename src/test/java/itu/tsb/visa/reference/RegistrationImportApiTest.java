package itu.tsb.visa.reference;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** Registrations come from ITU's registration system: a CSV export, or one pushed at a time. */
class RegistrationImportApiTest extends ApiTest {

    private static final String HEADER = "confirmationNumber,familyName,givenNames,entityId,status\r\n";

    @Autowired
    private JdbcTemplate jdbc;

    private long entity;
    private String meeting;

    @BeforeEach
    void aMeetingAndAnEntity() {
        entity = api.memberState();
        meeting = api.fgSmartGrid();
    }

    private Api.Reply importCsv(String csv, CurrentUser as) {
        return api.call(MockMvcRequestBuilders.post("/api/meetings/" + meeting + "/registrations/import")
                .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)), as, null);
    }

    private JsonNode registration(String number) {
        for (JsonNode r : check(api.get("/api/meetings/" + meeting + "/registrations", STAFF), 200).body()) {
            if (r.path("confirmationNumber").asText().equals(number)) {
                return r;
            }
        }
        return null;
    }

    private int registrations() {
        return jdbc.queryForObject("select count(*) from registration r join meeting m on m.id = r.meeting_id"
                + " where m.code = ?", Integer.class, meeting);
    }

    @Test
    void anExportIsImportedWithAReportPerLineAndNothingOfARefusedLine() {
        String csv = HEADER
                + "R-1,Mwangi,Grace Wanjiru," + entity + ",APPROVED\r\n"
                + "R-2,\"Müller, von\",\"Jean-Éric \"\"JE\"\"\"," + entity + ",pending\r\n"
                + "R-3,,Given," + entity + ",APPROVED\r\n"
                + "R-4,Otieno,Given,999999,MAYBE\r\n"
                + "R-1,Twice,Given," + entity + ",APPROVED\r\n"
                + "\r\n"
                + "R-5,Too,Few\r\n";

        JsonNode report = check(importCsv(csv, STAFF), 200).body();

        assertThat(report.path("created").asInt()).isEqualTo(2);
        assertThat(report.path("updated").asInt()).isZero();
        assertThat(report.path("unchanged").asInt()).isZero();
        assertThat(report.path("refused").findValues("line")).extracting(JsonNode::asInt).containsExactly(4, 5, 6, 8);
        assertThat(report.path("refused").get(0).path("errors").get(0).path("field").asText()).isEqualTo("familyName");
        assertThat(report.path("refused").get(1).path("errors").findValues("field")).extracting(JsonNode::asText)
                .containsExactly("entityId", "status");
        assertThat(report.path("refused").get(1).path("errors").get(0).path("message").asText())
                .isEqualTo("there is no entity 999999");
        assertThat(report.path("refused").get(2).path("errors").get(0).path("message").asText())
                .isEqualTo("is also on line 2");
        assertThat(report.path("refused").get(3).path("errors").get(0).path("message").asText())
                .isEqualTo("has 3 fields; the header has 5");
        assertThat(registrations()).isEqualTo(2);
        JsonNode quoted = registration("R-2");
        assertThat(quoted.path("familyName").asText()).isEqualTo("Müller, von");
        assertThat(quoted.path("givenNames").asText()).isEqualTo("Jean-Éric \"JE\"");
        assertThat(quoted.path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndACorrectionUpdates() {
        String csv = HEADER + "R-1,Mwangi,Grace," + entity + ",APPROVED\r\nR-2,Otieno,Paul," + entity + ",PENDING\r\n";
        check(importCsv(csv, STAFF), 200);

        JsonNode again = check(importCsv(csv, STAFF), 200).body();
        JsonNode corrected = check(importCsv(csv.replace("Otieno,Paul", "Otieno,Paul Ouma"), STAFF), 200).body();

        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).isEqualTo(2);
        assertThat(corrected.path("updated").asInt()).isEqualTo(1);
        assertThat(corrected.path("unchanged").asInt()).isEqualTo(1);
        assertThat(registration("R-2").path("givenNames").asText()).isEqualTo("Paul Ouma");
        assertThat(registrations()).isEqualTo(2);
    }

    @Test
    void aStatusApprovedByImportMovesTheRequestWaitingForIt() {
        check(importCsv(HEADER + "R-1,Otieno,Paul," + entity + ",PENDING\n", STAFF), 200);
        long id = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Otieno", "R-1"))), 201)
                .body().path("id").asLong();
        assertThat(api.get("/api/requests/" + id, STAFF).body().path("status").asText())
                .isEqualTo("AWAITING_REGISTRATION");

        check(importCsv(HEADER + "R-1,Otieno,Paul," + entity + ",APPROVED\n", STAFF), 200);

        assertThat(api.get("/api/requests/" + id, STAFF).body().path("status").asText()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void aFileThatIsNotTheExportIsRefusedWhole() {
        Api.Reply wrongHeader = importCsv("number,name\r\nR-1,Mwangi\r\n", STAFF);
        Api.Reply notUtf8 = api.call(MockMvcRequestBuilders.post("/api/meetings/" + meeting + "/registrations/import")
                .contentType("text/csv").content((HEADER + "R-1,M\u00fcller,G," + entity + ",APPROVED\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1)), STAFF, null);
        Api.Reply empty = importCsv("", STAFF);

        assertThat(wrongHeader.status()).isEqualTo(400);
        assertThat(wrongHeader.body().path("errors").findValues("message")).extracting(JsonNode::asText)
                .contains("column confirmationNumber is missing");
        assertThat(notUtf8.status()).isEqualTo(400);
        assertThat(notUtf8.body().path("errors").get(0).path("field").asText()).isEqualTo("file");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(registrations()).isZero();
    }

    @Test
    void onlyStaffImport() {
        assertThat(importCsv(HEADER, applicantOf(entity)).status()).isEqualTo(403);
        assertThat(api.put("/api/meetings/" + meeting + "/registrations/R-9", applicantOf(entity),
                Map.of("familyName", "M", "givenNames", "G", "entityId", entity, "status", "APPROVED")).status())
                .isEqualTo(403);
    }

    @Test
    void theRegistrationSystemPushesOneRegistrationAtATime() {
        Map<String, Object> body = Map.of("familyName", "Mwangi", "givenNames", "Grace", "entityId", entity,
                "status", "PENDING");

        Api.Reply created = api.put("/api/meetings/" + meeting + "/registrations/R-7", STAFF, body);
        Api.Reply same = api.put("/api/meetings/" + meeting + "/registrations/R-7", STAFF, body);
        Api.Reply approved = api.put("/api/meetings/" + meeting + "/registrations/R-7", STAFF,
                Map.of("familyName", "Mwangi", "givenNames", "Grace", "entityId", entity, "status", "APPROVED"));
        Api.Reply invalid = api.put("/api/meetings/" + meeting + "/registrations/R-8", STAFF,
                Map.of("familyName", "Mwangi", "givenNames", "Grace", "entityId", 999999, "status", "APPROVED"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("confirmationNumber").asText()).isEqualTo("R-7");
        assertThat(same.status()).isEqualTo(200);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(registration("R-7").path("status").asText()).isEqualTo("APPROVED");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().path("errors").get(0).path("field").asText()).isEqualTo("entityId");
        assertThat(registrations()).isEqualTo(1);
        // who changed what: the status before and after, a name only as changed (names stay out of the audit)
        check(api.put("/api/meetings/" + meeting + "/registrations/R-7", STAFF,
                Map.of("familyName", "Mwangi-Otieno", "givenNames", "Grace", "entityId", entity, "status", "APPROVED")), 200);
        String trail = check(api.get("/api/audit/reference", itu.tsb.visa.support.Api.AUDITOR), 200).body().toString();
        assertThat(trail).contains("meeting " + meeting + ", registration R-7: UPDATED; status: PENDING -> APPROVED",
                "meeting " + meeting + ", registration R-7: UPDATED; familyName changed");
        assertThat(trail).doesNotContain("Mwangi-Otieno");
    }

    @Test
    void aMeetingsExportOfFiveHundredLinesIsImportedInOneCall() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 500; i++) {
            csv.append("R-").append(i).append(",Délégué ").append(i).append(",Prénom Ñ,").append(entity)
                    .append(i % 10 == 0 ? ",PENDING" : ",APPROVED").append("\r\n");
        }

        JsonNode report = check(importCsv(csv.toString(), STAFF), 200).body();

        assertThat(report.path("created").asInt()).isEqualTo(500);
        assertThat(report.path("refused")).isEmpty();
        assertThat(registrations()).isEqualTo(500);
        assertThat(registration("R-250").path("familyName").asText()).isEqualTo("Délégué 250");
    }
}
