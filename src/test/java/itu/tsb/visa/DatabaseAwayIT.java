package itu.tsb.visa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL stopped under a running application: calls answer 503 problem+json with Retry-After, never a
 * stack trace; once it is back on the same data, calls work again and the write answered before it went
 * away is there. The test runs a PostgreSQL of its own, so that it can stop and restart it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false", "VISA_DB_CONNECTION_TIMEOUT_MS=1500"})
@ActiveProfiles("postgres")
class DatabaseAwayIT {

    private static Path data;
    private static int port;
    private static EmbeddedPostgres postgres;

    private static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setRegisterShutdownHook(false).start();
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry env) throws IOException {
        data = Files.createTempDirectory("visa-db-away");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        postgres = start();
        env.add("VISA_DB_URL", () -> "jdbc:postgresql://localhost:" + port + "/postgres");
        env.add("VISA_DB_USER", () -> "postgres");
        env.add("VISA_DB_PASSWORD", () -> "postgres");
        env.add("VISA_DATA_KEY", () -> "ZGF0YWJhc2UtYXdheS10ZXN0LWtleS0zMi1ieXRlcyE=");
        env.add("VISA_ADMIN_PASSWORD", () -> "operator-chosen-password");
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Autowired
    private TestRestTemplate http;

    private TestRestTemplate admin() {
        return http.withBasicAuth("admin", "operator-chosen-password");
    }

    @Test
    void whileTheDatabaseIsAwayCallsAnswer503AndAfterwardsNothingAnsweredIsMissing() throws Exception {
        ResponseEntity<String> created = admin().postForEntity("/api/entities", Map.of("name", "Before the outage",
                "country", "KE", "category", "MEMBER_STATE"), String.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value()).isEqualTo(200);

        postgres.close();
        postgres = null;
        ResponseEntity<String> read = admin().getForEntity("/api/entities", String.class);
        ResponseEntity<String> write = admin().postForEntity("/api/entities", Map.of("name", "During the outage",
                "country", "KE", "category", "MEMBER_STATE"), String.class);

        for (ResponseEntity<String> away : java.util.List.of(read, write)) {
            assertThat(away.getStatusCode().value()).as(away.getBody()).isEqualTo(503);
            assertThat(away.getHeaders().getFirst("Retry-After")).isEqualTo("10");
            assertThat(away.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(away.getBody()).contains("cannot be reached").doesNotContain("Exception", "at org.");
        }

        // the load balancer sends nobody to a node whose database is away; the node itself lives on
        ResponseEntity<String> readiness = http.getForEntity("/actuator/health/readiness", String.class);
        assertThat(readiness.getStatusCode().value()).as(readiness.getBody()).isEqualTo(503);
        assertThat(readiness.getBody()).isEqualTo("{\"status\":\"DOWN\"}");
        assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode().value()).isEqualTo(200);

        postgres = start();
        ResponseEntity<String> back = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            back = admin().getForEntity("/api/entities", String.class);
            if (back.getStatusCode().value() == 200) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(back.getStatusCode().value()).isEqualTo(200);
        assertThat(back.getBody()).contains("Before the outage").doesNotContain("During the outage");
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value()).isEqualTo(200);
    }
}
