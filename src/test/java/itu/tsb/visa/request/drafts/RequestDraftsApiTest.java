package itu.tsb.visa.request.drafts;

import static itu.tsb.visa.support.Api.ADMIN;
import static itu.tsb.visa.support.Api.AUDITOR;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import itu.tsb.visa.support.ApiTest;

/** A request being written is kept on the server for its author alone, encrypted, until sent, deleted or left too long. */
class RequestDraftsApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    private static Map<String, Object> typed(String meeting, String familyName) {
        return Map.of("submission", Map.of("meeting", meeting, "participants", List.of(Map.of("familyName", familyName,
                "passport", Map.of("number", "DRAFT12345")))), "intake", Map.of());
    }

    @Test
    void aDraftIsKeptForItsAuthorAloneUntilDeleted() {
        long entity = api.memberState();
        long other = api.memberState();
        String key = "draft-" + System.nanoTime();

        JsonNode saved = check(api.put("/api/drafts/" + key, applicantOf(entity), typed("FG-X", "Wanjiru")), 200).body();
        assertThat(saved.path("meeting").asText()).isEqualTo("FG-X");
        assertThat(saved.path("persons").asInt()).isEqualTo(1);
        // saved again as the person types: one draft, the latest typing
        check(api.put("/api/drafts/" + key, applicantOf(entity), typed("FG-X", "Wanjiru-Otieno")), 200);

        JsonNode list = check(api.get("/api/drafts", applicantOf(entity)), 200).body();
        assertThat(list).hasSize(1);
        assertThat(list.toString()).doesNotContain("Wanjiru");
        JsonNode back = check(api.get("/api/drafts/" + key, applicantOf(entity)), 200).body();
        assertThat(back.path("submission").path("participants").get(0).path("familyName").asText()).isEqualTo("Wanjiru-Otieno");

        // nobody else sees it, by any address
        assertThat(check(api.get("/api/drafts", applicantOf(other)), 200).body()).isEmpty();
        check(api.get("/api/drafts/" + key, applicantOf(other)), 404);
        check(api.delete("/api/drafts/" + key, applicantOf(other)), 204);
        check(api.get("/api/drafts/" + key, applicantOf(entity)), 200);

        // stored encrypted, like every other personal datum
        List<String> bodies = jdbc.queryForList("select body from request_draft", String.class);
        assertThat(bodies).isNotEmpty().noneMatch(b -> b.contains("Wanjiru") || b.contains("DRAFT12345"));

        check(api.delete("/api/drafts/" + key, applicantOf(entity)), 204);
        check(api.get("/api/drafts/" + key, applicantOf(entity)), 404);
    }

    @Test
    void whatIsNotADraftIsRefused() {
        long entity = api.memberState();
        assertThat(fields(check(api.put("/api/drafts/no", applicantOf(entity), Map.of()), 400))).containsExactly("key");
        assertThat(fields(check(api.put("/api/drafts/draft-12345678", applicantOf(entity), List.of(1, 2)), 400)))
                .containsExactly("body");
        check(api.put("/api/drafts/draft-12345678", AUDITOR, Map.of()), 403);
    }

    @Test
    void aDraftLeftLongerThanItsDaysIsDeletedByTheRetentionRun() {
        long entity = api.memberState();
        String key = "left-" + System.nanoTime();
        check(api.put("/api/drafts/" + key, applicantOf(entity), typed("FG-X", "Otieno")), 200);
        clock.setDay(LocalDate.of(2010, 5, 20));
        JsonNode first = check(api.post("/api/admin/retention/run", ADMIN, null), 200).body();
        assertThat(first.path("drafts").asInt()).isZero();
        check(api.get("/api/drafts/" + key, applicantOf(entity)), 200);

        clock.setDay(LocalDate.of(2010, 6, 3));
        JsonNode second = check(api.post("/api/admin/retention/run", ADMIN, null), 200).body();
        assertThat(second.path("drafts").asInt()).isPositive();
        check(api.get("/api/drafts/" + key, applicantOf(entity)), 404);
    }
}
