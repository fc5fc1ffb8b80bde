package itu.tsb.visa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The default run (demo profile, H2) starts, loads its data set and answers a signed-in call. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:visa-smoke;DB_CLOSE_DELAY=-1", "VISA_ADMIN_PASSWORD=smoke-test-admin-1"})
@ActiveProfiles("demo")
class DemoStartSmokeTest {

    @Autowired
    private TestRestTemplate http;

    @Test
    void demoStartsWithItsDataAndUsers() {
        var meetings = http.withBasicAuth("applicant", "demo-password-1").getForEntity("/api/meetings", String.class);
        var requests = http.withBasicAuth("admin", "smoke-test-admin-1").getForEntity("/api/requests", String.class);

        assertThat(meetings.getStatusCode().value()).isEqualTo(200);
        assertThat(meetings.getBody()).contains("FG-SMART-2010-06", "SG13-");
        assertThat(requests.getBody()).contains("TSB/VISA/FG-SMART-2010-06/2010/");
    }
}
