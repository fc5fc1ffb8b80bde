package itu.tsb.visa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import itu.tsb.visa.support.EmbeddedPostgresLease;
import itu.tsb.visa.support.EmbeddedPostgresSupport;

/**
 * The {@code postgres} profile as an operator runs it: the database and secrets from the VISA_*
 * variables, Flyway's domain tables beside the engine's, no demo data, only the admin account.
 */
// a database of its own on the shared server: its data key is not the other integration tests' key (a
// start with another key than the stored data's is refused); the job executor stays off all the same
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresLease.class)
class PostgresProfileIT {

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry env) {
        String url = EmbeddedPostgresSupport.jdbcUrl("profile_it");
        env.add("VISA_DB_URL", () -> url.substring(0, url.indexOf('?')));
        env.add("VISA_DB_USER", () -> "postgres");
        env.add("VISA_DB_PASSWORD", () -> "postgres");
        env.add("VISA_DATA_KEY", () -> "cG9zdGdyZXMtcHJvZmlsZS10ZXN0LWtleS0zMi1ieXQ=");
        env.add("VISA_ADMIN_PASSWORD", () -> "operator-chosen-password");
    }

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void runsOnPostgresFromTheEnvironmentWithNoDemoData() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from act_re_procdef where key_ = 'Process_VisaRequest'",
                Integer.class)).isEqualTo(1);

        var me = http.withBasicAuth("admin", "operator-chosen-password").getForEntity("/api/me", String.class);
        var demo = http.withBasicAuth("applicant", "demo-password-1").getForEntity("/api/me", String.class);

        assertThat(me.getBody()).contains("ADMIN");
        assertThat(demo.getStatusCode().value()).isEqualTo(401);
    }
}
