package itu.tsb.visa.audit;

import static itu.tsb.visa.support.Api.ADMIN;
import static itu.tsb.visa.support.Api.AUDITOR;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.support.ApiTest;

/** Reference data created and changed, registration statuses and retention runs are in the audit trail: who, when, what. */
class EverythingChangedIsRecordedApiTest extends ApiTest {

    private static List<String> lines(JsonNode entries) {
        List<String> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.path("actor").asText() + " " + e.path("action").asText() + " " + e.path("detail").asText()));
        return out;
    }

    @Test
    void creationsStatusChangesAndRetentionRunsSayWhoDidWhat() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        long registration = api.register(meeting, "Otieno", entity, meeting + "-1", "PENDING");
        api.setRegistrationStatus(registration, "APPROVED");
        api.setRegistrationStatus(registration, "APPROVED"); // no change: nothing recorded

        List<String> reference = lines(check(api.get("/api/audit/reference", AUDITOR), 200).body());
        assertThat(reference).anySatisfy(l -> assertThat(l).startsWith(STAFF.username() + " ENTITY_CREATED entity " + entity + ": ")
                .contains("MEMBER_STATE, KE, member from 1950-01-01"));
        assertThat(reference).anySatisfy(l -> assertThat(l).startsWith(STAFF.username() + " MEETING_CREATED meeting " + meeting
                + ": 2010-06-14 to 2010-06-16"));
        assertThat(reference).contains(
                STAFF.username() + " REGISTRATION_ADDED meeting " + meeting + ", registration " + meeting + "-1: PENDING");
        assertThat(reference.stream().filter(l -> l.contains("REGISTRATION_STATUS_CHANGED meeting " + meeting)))
                .containsExactly(STAFF.username() + " REGISTRATION_STATUS_CHANGED meeting " + meeting + ", registration "
                        + meeting + "-1: PENDING -> APPROVED");
        assertThat(reference.stream().filter(l -> l.contains(meeting + ",") || l.contains(meeting + ":")))
                .hasSize(3).noneSatisfy(l -> assertThat(l).contains("Otieno"));

        check(api.post("/api/admin/retention/run", ADMIN, null), 200);
        assertThat(lines(check(api.get("/api/audit/operations", AUDITOR), 200).body()))
                .anySatisfy(l -> assertThat(l).startsWith(ADMIN.username() + " RETENTION_RUN meetings ended before 2010-02-02: "));
        assertThat(api.get("/api/audit/operations", STAFF).status()).isEqualTo(403);
    }
}
