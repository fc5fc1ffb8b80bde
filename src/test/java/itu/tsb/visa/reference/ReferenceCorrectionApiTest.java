package itu.tsb.visa.reference;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Role;
import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** Staff correct an entity; the audit trail says who, when, and which fields changed from what to what. */
class ReferenceCorrectionApiTest extends ApiTest {

    private static final CurrentUser AUDITOR = new CurrentUser("auditor-test", "n/a", Role.AUDITOR, null);

    private static Map<String, Object> entity(String name, String category, String until) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "country", "ke", "category", category,
                "memberFrom", "1964-01-01"));
        if (until != null) {
            body.put("memberUntil", until);
        }
        return body;
    }

    @Test
    void anEntityIsCorrectedAndTheChangeIsAuditedFieldByField() {
        String name = "Ministry " + Api.unique();
        long id = check(api.post("/api/entities", STAFF, entity(name, "MEMBER_STATE", null)), 201).body().path("id").asLong();

        JsonNode corrected = check(api.put("/api/entities/" + id, STAFF, entity(name + " of ICT", "SECTOR_MEMBER",
                "2011-12-31")), 200).body();
        JsonNode trail = check(api.get("/api/audit/reference", AUDITOR), 200).body();

        assertThat(corrected.path("name").asText()).isEqualTo(name + " of ICT");
        assertThat(corrected.path("country").asText()).isEqualTo("KE");
        assertThat(corrected.path("category").asText()).isEqualTo("SECTOR_MEMBER");
        assertThat(corrected.path("memberUntil").asText()).isEqualTo("2011-12-31");
        assertThat(trail.get(0).path("action").asText()).isEqualTo("ENTITY_CORRECTED");
        assertThat(trail.get(0).path("actor").asText()).isEqualTo("staff-test");
        assertThat(trail.get(0).path("detail").asText()).isEqualTo("entity " + id + ": name: " + name + " -> " + name
                + " of ICT; category: MEMBER_STATE -> SECTOR_MEMBER; memberUntil: null -> 2011-12-31");
    }

    @Test
    void aCorrectionIsCheckedAsACreationAndOnlyStaffMakeIt() {
        long id = check(api.post("/api/entities", STAFF, entity("Ministry " + Api.unique(), "MEMBER_STATE", null)), 201)
                .body().path("id").asLong();
        Map<String, Object> backwards = entity("Ministry", "MEMBER_STATE", "1960-01-01");

        Api.Reply invalid = api.put("/api/entities/" + id, STAFF, backwards);
        Api.Reply unknown = api.put("/api/entities/999999999", STAFF, entity("Ministry", "MEMBER_STATE", null));
        Api.Reply applicant = api.put("/api/entities/" + id, applicantOf(id), entity("Mine now", "MEMBER_STATE", null));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().path("errors").get(0).path("field").asText()).isEqualTo("memberUntil");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(applicant.status()).isEqualTo(403);
    }
}
