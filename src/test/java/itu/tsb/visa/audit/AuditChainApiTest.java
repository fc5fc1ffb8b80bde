package itu.tsb.visa.audit;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Role;
import itu.tsb.visa.support.ApiTest;

/** The audit trail is a hash chain: an edited or removed entry is found, and where. */
class AuditChainApiTest extends ApiTest {

    private static final CurrentUser AUDITOR = new CurrentUser("auditor-test", "n/a", Role.AUDITOR, null);

    @Autowired
    private AuditChain chain;
    @Autowired
    private JdbcTemplate jdbc;

    /** Two requests' events, sealed a minute later. */
    @BeforeEach
    void eventsSealed() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        for (String name : List.of("Mwangi", "Otieno")) {
            api.register(meeting, name, entity, meeting + "-" + name, "APPROVED");
            check(api.post("/api/requests", applicantOf(entity), request(meeting, person(name, meeting + "-" + name))), 201);
        }
        clock.set(clock.instant().plus(Duration.ofMinutes(2)));
        chain.seal();
    }

    private JsonNode verify() {
        return check(api.get("/api/audit/verify", AUDITOR), 200).body();
    }

    private List<Map<String, Object>> lastSealed(int n) {
        return jdbc.queryForList("select * from audit_event where seal_seq is not null order by seal_seq desc limit " + n);
    }

    private void putBack(Map<String, Object> row) {
        jdbc.update("insert into audit_event (id, request_id, actor, action, detail, at, seal_seq, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"), row.get("request_id"), row.get("actor"),
                row.get("action"), row.get("detail"), row.get("at"), row.get("seal_seq"), row.get("prev_hash"), row.get("hash"));
    }

    @Test
    void anUntouchedTrailVerifies() {
        JsonNode v = verify();

        assertThat(v.path("valid").asBoolean()).isTrue();
        assertThat(v.path("entries").asLong()).isPositive();
    }

    @Test
    void anEditedEntryIsFound() {
        Map<String, Object> row = lastSealed(2).get(1);
        long id = ((Number) row.get("id")).longValue();
        jdbc.update("update audit_event set actor = 'someone-else' where id = ?", id);

        JsonNode edited = verify();
        jdbc.update("update audit_event set actor = ? where id = ?", row.get("actor"), id);

        assertThat(edited.path("valid").asBoolean()).isFalse();
        assertThat(edited.path("brokenAt").asLong()).isEqualTo(id);
        assertThat(edited.path("reason").asText()).isEqualTo("its content was changed");
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void aRemovedEntryIsFoundAtTheOneAfterIt() {
        List<Map<String, Object>> last = lastSealed(2);
        Map<String, Object> removed = last.get(1);
        jdbc.update("delete from audit_event where id = ?", removed.get("id"));

        JsonNode gap = verify();
        putBack(removed);

        assertThat(gap.path("valid").asBoolean()).isFalse();
        assertThat(gap.path("brokenAt").asLong()).isEqualTo(((Number) last.get(0).get("id")).longValue());
        assertThat(gap.path("reason").asText()).startsWith("the entry before it is missing");
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void removingTheLastEntriesIsFoundToo() {
        Map<String, Object> last = lastSealed(1).get(0);
        jdbc.update("delete from audit_event where id = ?", last.get("id"));

        JsonNode truncated = verify();
        putBack(last);

        assertThat(truncated.path("valid").asBoolean()).isFalse();
        assertThat(truncated.path("reason").asText()).contains("the last 1 entries are missing");
        assertThat(verify().path("valid").asBoolean()).isTrue();
        assertThat(api.get("/api/audit/verify", STAFF).status()).isEqualTo(403);
    }
}
