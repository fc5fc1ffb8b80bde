package itu.tsb.visa.reference;

import static itu.tsb.visa.support.Api.AUDITOR;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** Staff keep the list of Swiss representations; every change is audited with its fields before and after. */
class SwissRepresentationApiTest extends ApiTest {

    private static Map<String, Object> nairobi() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "embassy");
        body.put("name", "Embassy of Switzerland in Kenya");
        body.put("nameFr", "Ambassade de Suisse au Kenya");
        body.put("city", "Nairobi");
        body.put("country", "ke");
        body.put("active", true);
        return body;
    }

    @Test
    void staffAddCorrectAndRetireRepresentationsAndEveryoneReadsTheList() {
        Map<String, Object> body = nairobi();
        assertThat(api.post("/api/swiss-representations", applicantOf(1), body).status()).isEqualTo(403);
        JsonNode added = check(api.post("/api/swiss-representations", STAFF, body), 201).body();
        long id = added.path("id").asLong();
        assertThat(added.path("kind").asText()).isEqualTo("EMBASSY");
        assertThat(added.path("country").asText()).isEqualTo("KE");

        body.put("city", "Nairobi (Gigiri)");
        body.put("active", false);
        check(api.put("/api/swiss-representations/" + id, STAFF, body), 200);
        JsonNode kenya = check(api.get("/api/swiss-representations?country=KE", applicantOf(1)), 200).body();
        assertThat(kenya.findValues("id")).extracting(JsonNode::asLong).contains(id);
        assertThat(kenya.toString()).contains("Nairobi (Gigiri)", "\"active\":false");

        assertThat(check(api.get("/api/audit/reference", AUDITOR), 200).body().toString()).contains(
                "SWISS_REPRESENTATION_ADDED", "representation " + id + ": EMBASSY, Embassy of Switzerland in Kenya, Nairobi, KE",
                "representation " + id + ": city: Nairobi -> Nairobi (Gigiri); active: true -> false");

        body.put("kind", "HONORARY");
        body.put("country", "Kenya");
        assertThat(Api.fields(check(api.post("/api/swiss-representations", STAFF, body), 400)))
                .containsExactlyInAnyOrder("kind", "country");
        assertThat(api.put("/api/swiss-representations/999999", STAFF, nairobi()).status()).isEqualTo(404);
    }

    /** Staff keep the list from a CSV file: added, corrected, unchanged the second time, a bad line refused alone. */
    @Test
    void staffImportTheListFromAFile() {
        String city = "Lagos-" + itu.tsb.visa.support.Api.unique();
        String csv = "kind,name,nameFr,city,cityFr,country,email\r\n"
                + "EMBASSY,Embassy of Switzerland in Nigeria,Ambassade de Suisse au Nigéria," + city + ",,NG,visa.lagos@example.org\r\n"
                + "CONSULATE,Nowhere,,Atlantis,,XX,not-an-address\r\n";
        JsonNode first = check(api.call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/swiss-representations/import").contentType("text/csv")
                .content(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), STAFF, null), 200).body();
        assertThat(first.path("created").asInt()).isEqualTo(1);
        assertThat(first.path("refused")).hasSize(1);
        assertThat(first.path("refused").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(first.path("refused").get(0).path("errors").toString()).contains("email", "country");
        JsonNode nigeria = check(api.get("/api/swiss-representations?country=NG", STAFF), 200).body();
        assertThat(nigeria.toString()).contains(city, "visa.lagos@example.org", "Ambassade de Suisse au Nigéria");

        JsonNode again = check(api.call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/swiss-representations/import").contentType("text/csv")
                .content(csv.replace("visa.lagos@", "visas.lagos@").getBytes(java.nio.charset.StandardCharsets.UTF_8)), STAFF, null), 200).body();
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("updated").asInt()).isEqualTo(1);
        assertThat(check(api.get("/api/audit/reference", AUDITOR), 200).body().toString())
                .contains("SWISS_REPRESENTATION_IMPORTED", "visas.lagos@example.org");
        check(api.call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/swiss-representations/import").contentType("text/csv").content(csv.getBytes()),
                applicantOf(1), null), 403);
    }
}
