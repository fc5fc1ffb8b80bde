package itu.tsb.visa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import itu.tsb.visa.support.TestConfig;

/**
 * Behind a proxy (forwarded headers on), on a real Tomcat: X-Forwarded-For counts only on a connection
 * from the proxy named in configuration (127.0.0.2 here). A client elsewhere that names itself a new
 * address at each attempt is still counted, and refused, by its own address, which the audit trail records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "visa.trusted-proxies=127.0.0.2"})
@ActiveProfiles("test")
@Import(TestConfig.class)
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc
// metrics are exported as in production (Spring Boot's tests leave them off otherwise); shared with OperatorViewIT
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
class ForwardedHeadersIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Users users;

    private final HttpClient http = HttpClient.newHttpClient();

    private int basicFrom127001(String name, String password, String forwardedFor) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
                .header("Authorization", basic(name, password)).header("X-Forwarded-For", forwardedFor).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One call over a connection made from 127.0.0.2, the trusted proxy; the status line's code. */
    private int basicFromTheProxy(String name, String password, String forwardedFor) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic(name, password)
                    + "\r\nX-Forwarded-For: " + forwardedFor + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    private List<String> failuresOf(String name) {
        return jdbc.queryForList("select detail from audit_event where actor = ? and action = 'SIGN_IN_FAILED'"
                + " order by id", String.class, name);
    }

    @Test
    void aClientThatIsNotTheProxyCannotChooseTheAddressTheThrottleCounts() throws Exception {
        String name = "forwarded-" + System.nanoTime();
        users.ensure(name, "violet staple orbit", Role.AUDITOR, null);
        for (int i = 0; i < 10; i++) {
            assertThat(basicFrom127001(name, "wrong " + i, "198.51.100." + i)).isEqualTo(401);
        }

        assertThat(basicFrom127001(name, "wrong again", "198.51.100.99")).isEqualTo(429);
        assertThat(failuresOf(name)).hasSize(10).allMatch(detail -> detail.equals("from 127.0.0.1"));
    }

    @Test
    void theProxysForwardedAddressIsTheOneCountedAndRecorded() throws Exception {
        String name = "proxied-" + System.nanoTime();
        users.ensure(name, "violet staple orbit", Role.AUDITOR, null);
        for (int i = 0; i < 10; i++) {
            assertThat(basicFromTheProxy(name, "wrong " + i, "198.51.100.7")).isEqualTo(401);
        }

        assertThat(basicFromTheProxy(name, "violet staple orbit", "198.51.100.7")).as("the guesser's address").isEqualTo(429);
        assertThat(basicFromTheProxy(name, "violet staple orbit", "203.0.113.8")).as("the owner's").isEqualTo(200);
        assertThat(failuresOf(name)).hasSize(10).allMatch(detail -> detail.equals("from 198.51.100.7"));
    }
}
