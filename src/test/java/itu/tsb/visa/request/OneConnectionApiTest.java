package itu.tsb.visa.request;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.support.ApiTest;

/**
 * No call holds two database connections at once (a read that also writes its audit event could):
 * with a pool of one connection (every API test's, see application-test.yml), the whole lifecycle
 * still works instead of waiting for itself.
 */
class OneConnectionApiTest extends ApiTest {

    @Test
    void theLifecycleRunsOnASingleConnection() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        long id = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))),
                201).body().path("id").asLong();

        check(api.get("/api/requests/" + id, applicantOf(entity)), 200);
        check(api.get("/api/meetings/" + meeting + "/registrations", STAFF), 200);
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        jobs.runDue();
        long pid = check(api.get("/api/requests/" + id, STAFF), 200).body().path("participants").get(0).path("id").asLong();
        check(api.get("/api/requests/" + id + "/letters/" + pid, applicantOf(entity)), 200);

        assertThat(check(api.get("/api/requests/" + id + "/history", STAFF), 200).body().path("entries").findValues("action"))
                .hasSizeGreaterThan(5);
    }
}
