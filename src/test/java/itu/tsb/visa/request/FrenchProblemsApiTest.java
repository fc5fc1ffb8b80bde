package itu.tsb.visa.request;

import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** A reader who asks for French gets the API's refusals in French: the problem's detail and each field error. */
class FrenchProblemsApiTest extends ApiTest {

    @Test
    void refusalsAreSaidInTheLanguageOfAcceptLanguage() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();

        Api.Reply english = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", "NONE-1"))), 400);
        assertThat(english.text("detail")).isEqualTo("One field needs correcting: its message says how; then send again.");
        assertThat(english.body().path("errors").get(0).path("message").asText()).startsWith("there is no registration NONE-1");

        Api.Reply french = check(api.call(post("/api/requests").header("Accept-Language", "fr-CH,fr;q=0.9"),
                applicantOf(entity), request(meeting, person("Mwangi", "NONE-1"))), 400);
        assertThat(french.text("detail"))
                .isEqualTo("Un champ est à corriger : son message indique comment ; envoyez ensuite à nouveau.");
        assertThat(french.body().path("errors").get(0).path("message").asText())
                .isEqualTo("il n'existe pas d'inscription NONE-1 de votre entité pour la réunion " + meeting
                        + " : inscrivez d'abord la personne à la réunion et indiquez son numéro de confirmation");

        // a passport that expires too soon: refused before anything is stored, in the reader's words
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        java.util.Map<String, Object> expiring = person("Mwangi", meeting + "-1");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> passport = (java.util.Map<String, Object>) expiring.get("passport");
        passport.put("expiryDate", "2010-08-01");
        Api.Reply tooSoon = check(api.call(post("/api/requests").header("Accept-Language", "fr"), applicantOf(entity),
                request(meeting, expiring)), 400);
        assertThat(tooSoon.body().path("errors").get(0).path("field").asText()).isEqualTo("participants[0].passport.expiryDate");
        assertThat(tooSoon.text("detail")).doesNotContain("errors");
        assertThat(tooSoon.body().path("errors").get(0).path("message").asText())
                .startsWith("le passeport doit être valable au moins jusqu'au 16 septembre 2010");

        Api.Reply two = check(api.post("/api/requests", applicantOf(entity), request(meeting,
                person("Mwangi", "NONE-1"), person("Otieno", "NONE-2"))), 400);
        assertThat(two.text("detail")).isEqualTo("2 fields need correcting: each one's message says how; then send again.");

        Api.Reply missing = check(api.call(get("/api/requests/987654321").header("Accept-Language", "fr"), applicantOf(entity),
                null), 404);
        assertThat(missing.text("detail")).isEqualTo("Il n'existe pas de demande 987654321 que vous puissiez voir.");
    }
}
