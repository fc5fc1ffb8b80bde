package itu.tsb.visa.request.forms;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.fields;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import itu.tsb.visa.support.ApiTest;

/** The Swiss representation picked from TSB's list: the person has its kind, city and country; staff see one TSB cannot write to. */
class RepresentationChoiceApiTest extends ApiTest {

    private long representation(String city, String email) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "CONSULATE", "name", "Consulate General of Switzerland in " + city,
                "city", city, "country", "KE", "active", true));
        if (email != null) {
            body.put("email", email);
        }
        return check(api.post("/api/swiss-representations", STAFF, body), 201).body().path("id").asLong();
    }

    @Test
    void aRepresentationPickedFromTheListAddressesTheLetter() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        api.register(meeting, "Otieno", entity, meeting + "-2", "APPROVED");
        long mombasa = representation("Mombasa-" + System.nanoTime(), "visa.mombasa@example.org");
        long kisumu = representation("Kisumu-" + System.nanoTime(), null);

        Map<String, Object> picked = person("Mwangi", meeting + "-1");
        picked.put("swissRepresentation", Map.of("id", mombasa));
        Map<String, Object> unreachable = person("Otieno", meeting + "-2");
        unreachable.put("swissRepresentation", Map.of("id", kisumu));
        long id = check(api.post("/api/requests", applicantOf(entity), request(meeting, picked, unreachable)), 201)
                .body().path("id").asLong();

        JsonNode view = check(api.get("/api/requests/" + id, STAFF), 200).body();
        JsonNode at = view.path("participants").get(0).path("swissRepresentation");
        assertThat(at.path("kind").asText()).isEqualTo("CONSULATE");
        assertThat(at.path("city").asText()).startsWith("Mombasa-");
        assertThat(at.path("country").asText()).isEqualTo("KE");
        // staff are told, before they approve, which representation TSB cannot send the letter to
        long second = view.path("participants").get(1).path("id").asLong();
        assertThat(view.path("warnings").toString()).contains("no e-mail address of the visa section");
        java.util.List<Long> flagged = new java.util.ArrayList<>();
        view.path("warnings").forEach(w -> {
            if ("swissRepresentation".equals(w.path("field").asText())) {
                flagged.add(w.path("participantId").asLong());
            }
        });
        assertThat(flagged).containsExactly(second);
    }

    @Test
    void neitherPickedNorNamedIsRefused() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        Map<String, Object> nowhere = person("Mwangi", meeting + "-1");
        nowhere.put("swissRepresentation", Map.of());
        assertThat(fields(check(api.post("/api/requests", applicantOf(entity), request(meeting, nowhere)), 400)))
                .containsExactly("participants[0].swissRepresentation.id");
        Map<String, Object> unknown = person("Mwangi", meeting + "-1");
        unknown.put("swissRepresentation", Map.of("id", 987654321));
        assertThat(fields(check(api.post("/api/requests", applicantOf(entity), request(meeting, unknown)), 400)))
                .containsExactly("participants[0].swissRepresentation.id");
    }
}
