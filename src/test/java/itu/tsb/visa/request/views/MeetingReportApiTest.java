package itu.tsb.visa.request.views;

import static itu.tsb.visa.support.Api.AUDITOR;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** A meeting's requests, one row each and in figures: outcomes, refusals by rule, persons, letters, time to decide. */
class MeetingReportApiTest extends ApiTest {

    private long submit(long entity, String meeting, String... families) {
        Map<String, Object>[] persons = new Map[families.length];
        for (int i = 0; i < families.length; i++) {
            api.register(meeting, families[i], entity, meeting + "-" + entity + "-" + i, "APPROVED");
            persons[i] = person(families[i], meeting + "-" + entity + "-" + i);
        }
        return check(api.post("/api/requests", applicantOf(entity), request(meeting, persons)), 201).body().path("id").asLong();
    }

    @Test
    void aMeetingsRequestsAsRowsAndFigures() {
        String meeting = api.fgSmartGrid();
        long approved = submit(api.memberState(), meeting, "Mwangi", "Otieno");
        long rejected = submit(api.memberState(), meeting, "Kamau");
        submit(api.entity("NON_MEMBER", null, null), meeting, "Smith");
        long open = submit(api.memberState(), meeting, "Wanjiru");
        clock.set(clock.instant().plusSeconds(3 * 3600));
        check(api.post("/api/requests/" + approved + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        clock.set(clock.instant().plusSeconds(2 * 3600));
        check(api.post("/api/requests/" + rejected + "/review", STAFF,
                Map.of("decision", "REJECT", "comment", "The focal point did not sign the request")), 200);
        jobs.runDue();

        JsonNode s = check(api.get("/api/meetings/" + meeting + "/statistics", AUDITOR), 200).body();
        assertThat(s.path("requests").asInt()).isEqualTo(4);
        assertThat(s.path("byOutcome").path("LETTER_ISSUED").asInt()).isEqualTo(1);
        assertThat(s.path("byOutcome").path("REJECTED").asInt()).isEqualTo(2);
        assertThat(s.path("byOutcome").path("UNDER_REVIEW").asInt()).isEqualTo(1);
        assertThat(s.path("refusalsByRule").path("ELIGIBILITY").asInt()).isEqualTo(1);
        assertThat(s.path("refusalsByRule").path("REVIEW").asInt()).isEqualTo(1);
        assertThat(s.path("persons").asInt()).isEqualTo(5);
        assertThat(s.path("letters").asInt()).isEqualTo(2);
        // decided: the refusal at once (0 h), the approval after 3 h, the rejection after 5 h
        assertThat(s.path("decided").asInt()).isEqualTo(3);
        assertThat(s.path("medianHoursToDecision").asDouble()).isEqualTo(3.0);

        Api.Reply csv = check(api.get("/api/meetings/" + meeting + "/report.csv", AUDITOR), 200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String file = new String(csv.raw(), StandardCharsets.UTF_8);
        assertThat(file).startsWith("\uFEFF");
        String[] lines = file.substring(1).split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("\"Reference\",\"Entity number\",\"Entity\",\"Category\",\"Channel\","
                + "\"Received (Geneva time)\"");
        assertThat(lines[1]).contains("\"LETTER_ISSUED\"", "\"2010-05-03 12:00:00\"", "\"2010-05-03 15:00:00\"", "\"3.0\"",
                "\"2\",\"0\",\"2\"");
        assertThat(lines[2]).contains("\"REJECTED\",\"REVIEW\"", "\"5.0\"");
        assertThat(lines[3]).contains("\"NON_MEMBER\"", "\"REJECTED\",\"ELIGIBILITY\"", "\"0.0\"");
        assertThat(lines[4]).contains("\"UNDER_REVIEW\",\"\",\"\",\"\"");
        assertThat(String.join("\n", lines)).doesNotContain("Mwangi", "Otieno", "Kamau", "Smith", "Wanjiru");

        assertThat(api.get("/api/meetings/" + meeting + "/statistics", applicantOf(1)).status()).isEqualTo(403);
        assertThat(api.get("/api/meetings/" + meeting + "/report.csv", applicantOf(1)).status()).isEqualTo(403);
        assertThat(api.get("/api/meetings/NO-SUCH/statistics", AUDITOR).status()).isEqualTo(404);
    }
}
