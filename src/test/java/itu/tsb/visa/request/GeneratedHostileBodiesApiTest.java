package itu.tsb.visa.request;

import static itu.tsb.visa.support.Api.ADMIN;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;
import itu.tsb.visa.support.JsonPaths;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * At least 1,000 generated hostile bodies for every write endpoint, each a valid body with one thing
 * broken: a value of the wrong type, null, a list holding null, a text at and past its column's length,
 * control characters and lone surrogates, an absurd date, a huge list, a field given twice, data after
 * the document, a field removed. Every answer is a 4xx problem+json (field errors when the body was
 * read), none a 5xx; rows appear only for the bodies that were accepted; and nothing typed (every
 * generated text carries a marker) reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class GeneratedHostileBodiesApiTest extends ApiTest {

    private static final int BODIES = 1000;
    private static final String MARKER = "QZXJ";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired
    private JdbcTemplate jdbc;

    /** One thing broken in a valid body, as the text sent. */
    private record Hostile(String body, String what) {
    }

    /** Values that break a field: wrong types, nulls, texts at and past every column length, odd characters, dates. */
    private static Arbitrary<JsonNode> hostileValues() {
        Arbitrary<JsonNode> lengths = Arbitraries.of(1, 59, 60, 61, 99, 100, 101, 199, 200, 201, 299, 300, 301, 499, 500,
                501, 999, 1000, 1001, 1999, 2000, 2001, 4001, 9000).flatMap(n -> Arbitraries.of('a', 'É', 'ḉ', '王', '\u0000')
                        .map(c -> (JsonNode) NODES.textNode(MARKER + String.valueOf(c).repeat(n))));
        Arbitrary<JsonNode> odd = Arbitraries.of("\u0000", "\u0007\u001b[2J", "\ud800", "\udfff" + MARKER, "\ufffe",
                MARKER + "\r\n<script>", "", " ", "\t", MARKER + "'; drop table participant; --").map(NODES::textNode);
        Arbitrary<JsonNode> dates = Arbitraries.of("0000-01-01", "-999999999-01-01", "+999999999-12-31", "2010-02-30",
                "1899-12-31", "2099-01-01", "31/01/1980", "2010-13-01", "9999-99-99").map(NODES::textNode);
        Arbitrary<JsonNode> types = Arbitraries.of(NODES.nullNode(), NODES.numberNode(-1), NODES.numberNode(1e308),
                NODES.numberNode(Long.MAX_VALUE), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(),
                NODES.arrayNode().add(NODES.nullNode()), NODES.arrayNode().add(NODES.textNode(MARKER)));
        Arbitrary<JsonNode> huge = Arbitraries.integers().between(51, 20_000).map(n -> {
            ArrayNode a = NODES.arrayNode();
            for (int i = 0; i < n; i++) {
                a.add(NODES.objectNode());
            }
            return a;
        });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, lengths), net.jqwik.api.Tuple.of(3, odd), net.jqwik.api.Tuple.of(3, dates),
                net.jqwik.api.Tuple.of(4, types), net.jqwik.api.Tuple.of(1, huge));
    }

    /** A valid body with one thing broken. */
    private static Arbitrary<Hostile> hostile(ObjectNode valid) {
        List<String> paths = JsonPaths.paths(valid, "");
        String text = valid.toString();
        Arbitrary<Hostile> replaced = Combinators.combine(Arbitraries.of(paths), hostileValues()).as((path, value) -> {
            ObjectNode copy = valid.deepCopy();
            JsonPaths.set(copy, path, value);
            return new Hostile(copy.toString(), path + " := " + abbreviate(value.toString()));
        });
        Arbitrary<Hostile> removed = Arbitraries.of(paths).map(path -> {
            ObjectNode copy = valid.deepCopy();
            JsonPaths.set(copy, path, null);
            return new Hostile(copy.toString(), "no " + path);
        });
        Arbitrary<Hostile> twice = Arbitraries.of(fieldNames(valid)).map(field ->
                new Hostile("{\"" + field + "\":\"" + MARKER + "\"," + text.substring(1), field + " given twice"));
        Arbitrary<Hostile> trailing = Arbitraries.of("{}", "x", "[]", "{\"a\":1}", "\u0000", ",").map(tail ->
                new Hostile(text + tail, "data after the document: " + tail));
        Arbitrary<Hostile> broken = Arbitraries.of("", "{", "null", "[]", "\"" + MARKER + "\"", text.substring(0, text.length() / 2))
                .map(b -> new Hostile(b, "not one JSON object: " + abbreviate(b)));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, replaced), net.jqwik.api.Tuple.of(3, removed),
                net.jqwik.api.Tuple.of(2, twice), net.jqwik.api.Tuple.of(2, trailing), net.jqwik.api.Tuple.of(1, broken));
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + ")" : s;
    }

    private static ObjectNode json(Object body) {
        return JSON.valueToTree(body);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    /**
     * Sends the bodies and checks each answer; returns how many were accepted (2xx), so that the caller can
     * compare with the rows that appeared.
     */
    private int send(String method, String url, CurrentUser as, ObjectNode valid) {
        return send(method, () -> url, as, valid, () -> { });
    }

    /** As above, to a URL that may change after each accepted body (a request reviewed is reviewed no more). */
    private int send(String method, java.util.function.Supplier<String> urls, CurrentUser as, ObjectNode valid,
            Runnable afterAccepted) {
        int accepted = 0;
        List<Hostile> bodies = hostile(valid).sampleStream().limit(BODIES).toList();
        for (Hostile h : bodies) {
            String url = urls.get();
            Api.Reply r = api.call(MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), url)
                    .contentType(MediaType.APPLICATION_JSON).content(h.body()), as, null);
            assertThat(r.status()).as("%s %s with %s", method, url, h.what()).isLessThan(500);
            if (h.what().contains("given twice") || h.what().startsWith("data after") || h.what().startsWith("not one")) {
                assertThat(r.status()).as("%s %s with %s", method, url, h.what()).isIn(400, 403, 404);
            }
            if (r.status() >= 400) {
                assertThat(r.contentType()).as("%s %s with %s", method, url, h.what()).contains("application/problem+json");
                assertThat(r.status()).as(h.what()).isIn(400, 403, 404, 409, 413);
                if (r.status() == 400 && r.body().path("errors").isEmpty()) {
                    assertThat(r.body().path("detail").asText()).as(h.what()).isNotBlank();
                }
            } else {
                accepted++;
                afterAccepted.run();
            }
        }
        return accepted;
    }

    @Test
    void everyWriteEndpointAnswersEveryHostileBodyWithAProblemAndStoresOnlyWhatItAccepted(CapturedOutput log) {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        long registration = api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        api.register(meeting, "Otieno", entity, meeting + "-2", "APPROVED");
        CurrentUser applicant = applicantOf(entity);
        long id = check(api.post("/api/requests", applicant, request(meeting, person("Mwangi", meeting + "-1"))), 201)
                .body().path("id").asLong();
        long pid = check(api.get("/api/requests/" + id, STAFF), 200).body().path("participants").get(0).path("id").asLong();

        int entities = count("organization");
        int acceptedEntities = send("POST", "/api/entities", STAFF, json(Map.of("name", "Entity", "country", "KE",
                "category", "MEMBER_STATE", "memberFrom", "1960-01-01")));
        assertThat(count("organization")).isEqualTo(entities + acceptedEntities);

        int meetings = count("meeting");
        int acceptedMeetings = send("POST", "/api/meetings", STAFF, json(Map.of("code", "M-GEN", "title", "T",
                "venue", "V", "firstDay", "2010-06-14", "lastDay", "2010-06-16", "requestDaysBefore", 28,
                "eligibleCategories", List.of("MEMBER_STATE"))));
        assertThat(count("meeting")).isEqualTo(meetings + acceptedMeetings);

        int registrations = count("registration");
        int acceptedRegistrations = send("POST", "/api/meetings/" + meeting + "/registrations", STAFF,
                json(Map.of("familyName", "Kamau", "givenNames", "John", "entityId", entity,
                        "confirmationNumber", meeting + "-G", "status", "PENDING")));
        assertThat(count("registration")).isEqualTo(registrations + acceptedRegistrations);

        send("PUT", "/api/registrations/" + registration + "/status", STAFF, json(Map.of("status", "APPROVED")));
        int pushed = count("registration");
        int acceptedPushes = send("PUT", "/api/meetings/" + meeting + "/registrations/" + meeting + "-P", STAFF,
                json(Map.of("familyName", "Kamau", "givenNames", "John", "entityId", entity, "status", "PENDING")));
        assertThat(count("registration")).isBetween(pushed, pushed + Math.min(1, acceptedPushes));
        api.get("/api/me", ADMIN); // the admin's own account made before the count (sessions follow accounts)
        int users = count("app_user");
        int acceptedUsers = send("POST", "/api/users", ADMIN, json(Map.of("username", "gen-user", "password",
                "long-enough-password", "role", "AUDITOR")));
        assertThat(count("app_user")).isEqualTo(users + acceptedUsers);

        int requests = count("visa_request");
        int participants = count("participant");
        int acceptedRequests = send("POST", "/api/requests", applicant, json(request(meeting, person("Otieno", meeting + "-2"))));
        assertThat(count("visa_request")).isEqualTo(requests + acceptedRequests);
        assertThat(count("participant")).isEqualTo(participants + acceptedRequests);

        send("PUT", "/api/requests/" + id + "/participants/" + pid, applicant, json(person("Mwangi", meeting + "-1")));
        send("PUT", "/api/meetings/" + meeting + "/texts", STAFF, json(Map.of("title", "T", "titleFr", "T fr",
                "venue", "V", "venueFr", "V fr")));
        send("PUT", "/api/entities/" + entity + "/names", STAFF, json(Map.of("name", "N", "nameFr", "N fr")));
        int entitiesBefore = count("organization");
        send("PUT", "/api/entities/" + entity, STAFF, json(Map.of("name", "Entity", "country", "KE",
                "category", "MEMBER_STATE", "memberFrom", "1960-01-01")));
        assertThat(count("organization")).isEqualTo(entitiesBefore);
        send("POST", "/api/requests/" + id + "/letters/" + pid + "/revoke", STAFF, json(Map.of("reason", "stolen")));
        send("POST", "/api/requests/" + id + "/participants/" + pid + "/correction/discard", STAFF,
                json(Map.of("reason", "no")));
        long[] underReview = {id};
        Runnable anotherRequest = () -> {
            String number = meeting + "-R" + Api.unique();
            api.register(meeting, "Kariuki", entity, number, "APPROVED");
            underReview[0] = check(api.post("/api/requests", applicant, request(meeting, person("Kariuki", number))), 201)
                    .body().path("id").asLong();
        };
        int reviewed = count("decision where rule = 'REVIEW'");
        int acceptedReviews = send("POST", () -> "/api/requests/" + underReview[0] + "/review", STAFF,
                json(Map.of("decision", "REQUEST_CHANGES", "comment", "Please check the passport")), anotherRequest);
        assertThat(count("decision where rule = 'REVIEW'")).isEqualTo(reviewed + acceptedReviews);

        assertThat(log.getAll()).doesNotContain(MARKER);
    }
}
