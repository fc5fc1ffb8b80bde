package itu.tsb.visa.request;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/**
 * Bodies crafted to slip past a parser or overflow a column: a field given twice, a second document after
 * the first, texts at and past their column's length, a null inside a list, a body of several megabytes.
 * Each is a 4xx problem+json, nothing partial is stored, and nothing a person typed reaches the log.
 */
class HostileBodyApiTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;

    private Api.Reply raw(String url, String body) {
        return api.call(post(url).contentType(MediaType.APPLICATION_JSON).content(body), STAFF, null);
    }

    private int requests() {
        return jdbc.queryForObject("select count(*) from visa_request", Integer.class);
    }

    @Test
    void aFieldGivenTwiceOrASecondDocumentIsRefusedNotQuietlyMerged() throws Exception {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        String body = JSON.writeValueAsString(request(meeting, person("Mwangi", meeting + "-1")));
        int before = requests();

        Api.Reply twice = api.call(post("/api/requests").contentType(MediaType.APPLICATION_JSON)
                .content("{\"meeting\":\"ELSEWHERE\"," + body.substring(1)), applicantOf(entity), null);
        Api.Reply trailing = api.call(post("/api/requests").contentType(MediaType.APPLICATION_JSON)
                .content(body + " {\"meeting\":\"x\"}"), applicantOf(entity), null);

        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.contentType()).contains("application/problem+json");
        assertThat(twice.body().path("errors").get(0).path("field").asText()).isEqualTo("meeting");
        assertThat(twice.body().path("errors").get(0).path("message").asText()).contains("given twice");
        assertThat(trailing.status()).isEqualTo(400);
        assertThat(trailing.text("detail")).contains("one JSON document");
        assertThat(requests()).isEqualTo(before);
    }

    @Test
    void textsAtTheirLimitAreStoredAndPastItAreFieldErrors() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        api.register(meeting, "Otieno", entity, meeting + "-2", "APPROVED");
        long first = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))),
                201).body().path("id").asLong();
        long second = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Otieno", meeting + "-2"))),
                201).body().path("id").asLong();

        Api.Reply tooLong = api.post("/api/requests/" + first + "/review", STAFF, Map.of("decision", "REJECT",
                "comment", "x".repeat(2001)));
        Api.Reply longest = api.post("/api/requests/" + second + "/review", STAFF, Map.of("decision", "REJECT",
                "comment", "y".repeat(2000)));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().path("errors").get(0).path("field").asText()).isEqualTo("comment");
        assertThat(longest.status()).isEqualTo(200);
        assertThat(longest.text("status")).isEqualTo("REJECTED");
    }

    @Test
    void aNullInsideAListIsAFieldError() {
        Api.Reply r = raw("/api/meetings", "{\"code\":\"M-NULL-" + Api.unique() + "\",\"title\":\"T\",\"venue\":\"V\","
                + "\"firstDay\":\"2010-06-14\",\"lastDay\":\"2010-06-16\",\"eligibleCategories\":[null]}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("errors").get(0).path("field").asText()).startsWith("eligibleCategories");
    }

    @Test
    void aRevocationReasonPastItsColumnIsAFieldError() {
        Api.Reply r = api.post("/api/requests/1/letters/1/revoke", STAFF, Map.of("reason", "z".repeat(1001)));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("errors").get(0).path("field").asText()).isEqualTo("reason");
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedBeforeItIsParsed() {
        String huge = "{\"code\":\"" + "A".repeat(2 * 1024 * 1024) + "\"}";

        Api.Reply declared = raw("/api/meetings", huge);

        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.contentType()).contains("application/problem+json");
    }
}
