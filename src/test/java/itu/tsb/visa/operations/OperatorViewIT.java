package itu.tsb.visa.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import itu.tsb.visa.security.Role;
import itu.tsb.visa.security.Users;
import itu.tsb.visa.support.TestConfig;

/**
 * What an operator and a load balancer see, on a real Tomcat: open probes that say only UP or DOWN,
 * metrics in Prometheus's format for admins alone and without personal data, and Tomcat's own refusals
 * with the application's security headers. (The same configuration as ForwardedHeadersIT: one context.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "visa.trusted-proxies=127.0.0.2"})
@ActiveProfiles("test")
@Import(TestConfig.class)
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc
// metrics are exported as in production (Spring Boot's tests leave them off otherwise); shared with OperatorViewIT
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
class OperatorViewIT {

    private static final String PASSWORD = "an operator's long password";

    @LocalServerPort
    private int port;
    @Autowired
    private Users users;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request line as a client may send it, which Java's own client would refuse to: the whole answer. */
    private String raw(String requestLine, String accept) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theLoadBalancersProbesAreOpenAndSayNoMoreThanUp() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> answer = get(probe, null);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("{\"status\":\"UP\"}");
        }
        // the health of each part (the database's name and version among them) is for admins
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(401);
    }

    @Test
    void metricsArePrometheusTextForAdminsOnlyAndNameNoPerson() throws Exception {
        String admin = "operator-" + System.nanoTime();
        users.create(admin, PASSWORD, Role.ADMIN, null, null);
        String staff = "staff-" + System.nanoTime();
        users.create(staff, PASSWORD, Role.TSB_STAFF, null, null);

        HttpResponse<String> anonymous = get("/actuator/prometheus", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(get("/actuator/prometheus", staff).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/metrics", staff).statusCode()).isEqualTo(403);

        HttpResponse<String> metrics = get("/actuator/prometheus", admin);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(metrics.body()).contains("visa_requests{application=\"visa-assistance\",status=\"UNDER_REVIEW\"}",
                "visa_jobs_due", "visa_jobs_failed", "visa_incidents", "visa_letters_issued_total",
                "visa_outbox_pending", "visa_outbox_oldest_pending_seconds", "visa_sign_in_lockouts_total",
                "http_server_requests_seconds_count");
        // requests are counted by the address's pattern, never by the person who called
        assertThat(metrics.body()).contains("uri=\"/actuator/prometheus\"").doesNotContain(admin, staff);
        assertThat(get("/actuator/health", admin).body()).contains("\"db\"");
    }

    @Test
    void tomcatsOwnRefusalCarriesTheSecurityHeadersAndIsAProblemForApiClients() throws Exception {
        String json = raw("GET /%2e%2e/x HTTP/1.1", "application/json");
        assertThat(json).startsWith("HTTP/1.1 400");
        String head = json.substring(0, json.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).contains("content-type: application/problem+json", "content-security-policy: default-src 'self'",
                "x-content-type-options: nosniff", "x-frame-options: deny").doesNotContain("server: apache");
        assertThat(json).contains("\"status\":400").doesNotContain("Tomcat", "Exception");

        String page = raw("GET /%2e%2e/x HTTP/1.1", "text/html");
        assertThat(page).startsWith("HTTP/1.1 400");
        assertThat(page.toLowerCase()).contains("content-type: text/html", "content-security-policy:");
        assertThat(page).contains("<main><h1>Bad request</h1>").doesNotContain("Tomcat");
    }
}
