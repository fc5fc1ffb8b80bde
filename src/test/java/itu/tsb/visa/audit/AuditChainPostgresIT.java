package itu.tsb.visa.audit;

import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import itu.tsb.visa.support.PostgresApiTest;

/** The audit chain's sealing and verification on PostgreSQL (its locking and timestamps), as on H2. */
class AuditChainPostgresIT extends PostgresApiTest {

    @Autowired
    private AuditChain chain;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void eventsAreSealedAndAnEditIsFoundOnPostgres() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))), 201);
        clock.set(clock.instant().plus(Duration.ofMinutes(2)));

        assertThat(chain.seal()).isPositive();
        assertThat(chain.verify().valid()).isTrue();
        long id = jdbc.queryForObject("select id from audit_event where seal_seq = (select max(seal_seq) from audit_event)",
                Long.class);
        String detail = jdbc.queryForObject("select detail from audit_event where id = ?", String.class, id);
        jdbc.update("update audit_event set detail = 'rewritten' where id = ?", id);
        AuditChain.Verification edited = chain.verify();
        jdbc.update("update audit_event set detail = ? where id = ?", detail, id);

        assertThat(edited.valid()).isFalse();
        assertThat(edited.brokenAt()).isEqualTo(id);
        assertThat(chain.verify().valid()).isTrue();
    }
}
