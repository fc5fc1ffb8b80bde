package itu.tsb.visa.request;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;
import itu.tsb.visa.support.JsonPaths;

/**
 * Hundreds of damaged submissions (a field removed, or its value replaced by a wrong type, an empty or
 * enormous string, an impossible date, a script the letter cannot print) are all answered with a 4xx
 * problem+json that names a field or says what is wrong, never a 5xx; valid ones are accepted.
 */
class MalformedInputApiTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Object[] BAD_VALUES = {null, "", " ", "x".repeat(5000), 42, -1, true, List.of(), Map.of(),
            "2010-02-30", "31/01/1980", "9999-99-99", "KEN-KE", "王小明", "\u0000", "<script>alert(1)</script>",
            "'; drop table participant; --", "EMBASSY ", "1e309"};

    /** Removes the node at the path, or replaces it with the value. */
    private static void damage(ObjectNode root, String path, Object value, boolean remove) {
        JsonPaths.set(root, path, remove ? null : JSON.valueToTree(value));
    }

    @Test
    void damagedSubmissionsAreRefusedWithAProblemNeverAServerError() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        CurrentUser applicant = applicantOf(entity);
        Map<String, Object> valid = request(meeting, person("Mwangi", meeting + "-1"));
        ObjectNode template = JSON.valueToTree(valid);
        List<String> paths = JsonPaths.paths(template, "");
        Random random = new Random(20100614);
        List<String> failures = new ArrayList<>();
        int accepted = 0;

        for (int i = 0; i < 300; i++) {
            ObjectNode body = template.deepCopy();
            String path = paths.get(random.nextInt(paths.size()));
            boolean remove = random.nextInt(4) == 0;
            Object value = BAD_VALUES[random.nextInt(BAD_VALUES.length)];
            damage(body, path, value, remove);
            Map<?, ?> asMap = JSON.convertValue(body, LinkedHashMap.class);
            Api.Reply r = api.post("/api/requests", random.nextBoolean() ? applicant : STAFF, asMap);
            String what = (remove ? "without " + path : path + " = " + String.valueOf(value).replace("x".repeat(5000), "x*5000"))
                    + " -> " + r.status();
            if (r.status() == 201) {
                accepted++;
                continue;
            }
            if (r.status() >= 500 || r.status() < 400 || r.body() == null
                    || !"application/problem+json".equals(r.contentType()) || !r.body().path("errors").isArray()
                    || r.body().path("detail").asText().isBlank()) {
                failures.add(what);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(accepted).as("some damage is harmless (e.g. a longer name), and is accepted").isLessThan(300);
    }
}
