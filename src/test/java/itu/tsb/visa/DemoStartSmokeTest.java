package itu.tsb.visa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The default run (demo profile, H2) starts, loads its data set and answers a signed-in call. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:visa-smoke;DB_CLOSE_DELAY=-1", "VISA_ADMIN_PASSWORD=smoke-test-operator-1"})
@ActiveProfiles("demo")
class DemoStartSmokeTest {

    @Autowired
    private TestRestTemplate http;
    private final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

    @Test
    void demoStartsWithItsDataAndUsers() {
        var meetings = http.withBasicAuth("applicant", "demo-password-1").getForEntity("/api/meetings", String.class);
        var requests = http.withBasicAuth("admin", "smoke-test-operator-1").getForEntity("/api/requests", String.class);

        assertThat(meetings.getStatusCode().value()).isEqualTo(200);
        assertThat(meetings.getBody()).contains("FG-SMART-2010-06", "SG13-");
        assertThat(requests.getBody()).contains("TSB/VISA/FG-SMART-2010-06/2010/");
    }

    /**
     * The seed's request is shown as what it was: a fax received on 10 May 2010, approved, and its letter
     * issued in May 2010 (its steps replayed on those days), which verifies as expired today; the live
     * request is for the meeting ahead.
     */
    @Test
    void theDemosRequestOf2010HappenedIn2010AndItsLetterVerifiesAsExpired() throws Exception {
        var staff = http.withBasicAuth("staff", "demo-password-1");
        JsonNode list = json.readTree(staff.getForEntity("/api/requests", String.class).getBody());
        JsonNode fax = null;
        JsonNode live = null;
        assertThat(list.path("total").asInt()).isEqualTo(list.path("items").size());
        for (JsonNode r : list.path("items")) {
            if (r.path("meeting").asText().equals("FG-SMART-2010-06")) {
                fax = r;
            } else {
                live = r;
            }
        }
        assertThat(fax).isNotNull();
        assertThat(live).isNotNull();
        assertThat(live.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(live.path("meeting").asText()).startsWith("SG13-");

        JsonNode request = json.readTree(staff.getForEntity("/api/requests/" + fax.path("id").asLong(), String.class)
                .getBody());
        assertThat(request.path("status").asText()).isEqualTo("LETTER_ISSUED");
        assertThat(request.path("channel").asText()).isEqualTo("FAX");
        assertThat(request.path("receivedAt").asText()).startsWith("2010-05-10T12:30");
        assertThat(request.path("decisions").findValues("decidedAt")).extracting(JsonNode::asText)
                .allSatisfy(at -> assertThat(at).startsWith("2010-05-1"));
        JsonNode history = json.readTree(staff.getForEntity("/api/requests/" + fax.path("id").asLong() + "/history",
                String.class).getBody());
        assertThat(history.path("entries").findValues("at")).extracting(JsonNode::asText)
                .anySatisfy(at -> assertThat(at).startsWith("2010-05-10"))
                .anySatisfy(at -> assertThat(at).startsWith("2010-05-12"));
        JsonNode letter = request.path("letters").get(0);
        byte[] pdf = staff.getForEntity(letter.path("href").asText(), byte[].class).getBody();
        String text = itu.tsb.visa.support.PdfText.of(pdf);
        assertThat(text).contains("Genève, le 12 mai 2010", "Office fédéral des migrations (ODM)",
                "reçue par l’UIT le 10 mai 2010", "Agissant pour l’État Membre Kenya",
                "Ministère de l’Information, des Communications et de la Technologie",
                "Première réunion du Groupe spécialisé de l’UIT-T sur les réseaux électriques intelligents");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("/verify/([A-Za-z0-9_-]{22})").matcher(text);
        assertThat(token.find()).isTrue();
        var verification = http.exchange(org.springframework.http.RequestEntity.get("/verify/" + token.group(1))
                .accept(org.springframework.http.MediaType.APPLICATION_JSON).build(), String.class);
        assertThat(json.readTree(verification.getBody()).path("status").asText()).isEqualTo("EXPIRED");
        assertThat(json.readTree(verification.getBody()).path("issued").asText()).isEqualTo("2010-05-12");
    }
}
