package itu.tsb.visa.security;

import static itu.tsb.visa.support.Api.ADMIN;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/**
 * Ten failed sign-ins for a name from an address within 15 minutes refuse that name from there, for a
 * delay that doubles with each further failure; nobody is refused from an address they have not failed from.
 */
class SignInThrottleApiTest extends ApiTest {

    private static final String PASSWORD = "violet staple orbit";

    private String anAccount() {
        String name = "signer-" + Api.unique();
        check(api.post("/api/users", ADMIN, Map.of("username", name, "password", PASSWORD, "role", "AUDITOR")), 201);
        return name;
    }

    /** A client address of its own for each test: the throttle counts per address too. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private Api.Reply basic(String name, String password, String address) {
        return api.call(get("/api/me").with(httpBasic(name, password)).with(from(address)), null, null);
    }

    @Test
    void tenFailuresForANameFromAnAddressRefuseItThereRightPasswordIncludedButNotFromTheOwnersAddress() {
        String name = anAccount();
        for (int i = 0; i < 10; i++) {
            assertThat(basic(name, "wrong password " + i, "192.0.2.10").status()).isEqualTo(401);
        }

        Api.Reply locked = basic(name.toUpperCase(), PASSWORD, "192.0.2.10");
        Api.Reply owner = basic(name, PASSWORD, "198.51.100.1");
        clock.set(clock.instant().plus(Duration.ofMinutes(1)).plusSeconds(1));
        Api.Reply later = basic(name, PASSWORD, "192.0.2.10");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.contentType()).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(locked.headers().get("Retry-After"))).isBetween(1L, 60L);
        assertThat(locked.body().path("detail").asText()).contains("from this address; try again in 1 minute");
        assertThat(owner.status()).as("nobody locks the owner out without the password").isEqualTo(200);
        assertThat(later.status()).isEqualTo(200);
    }

    @Test
    void guessesFromManyAddressesNeverLockTheOwnerOut() {
        String name = anAccount();
        for (int i = 0; i < 30; i++) {
            basic(name, "wrong password " + i, "192.0.2." + (20 + i / 10));
        }

        assertThat(basic(name, PASSWORD, "192.0.2.20").status()).isEqualTo(429);
        assertThat(basic(name, PASSWORD, "198.51.100.2").status()).isEqualTo(200);
    }

    @Test
    void anAddressSprayingUnknownNamesIsStoppedForThemButNotForAColleagueBehindIt() {
        String colleague = anAccount();
        for (int i = 0; i < 20; i++) {
            basic("nobody-" + i + "-" + Api.unique(), "guess " + i, "203.0.113.77");
        }
        String sprayed = "nobody-again-" + Api.unique();
        assertThat(basic(sprayed, "guess", "203.0.113.77").status()).isEqualTo(401);

        assertThat(basic(sprayed, "guess", "203.0.113.77").status()).isEqualTo(429);
        assertThat(basic(colleague, PASSWORD, "203.0.113.77").status()).isEqualTo(200);
    }

    @Test
    void theSignInPageIsLockedOutTooAndSaysWhenToTryAgain() {
        String name = anAccount();
        for (int i = 0; i < 10; i++) {
            basic(name, "wrong password " + i, "192.0.2.200");
        }
        clock.set(clock.instant().plusSeconds(61));
        assertThat(basic(name, "wrong again", "192.0.2.200").status()).isEqualTo(401);
        clock.set(clock.instant().plusSeconds(121));
        assertThat(basic(name, "and again", "192.0.2.200").status()).isEqualTo(401);

        Api.Reply page = api.call(post("/login").param("username", name).param("password", PASSWORD).with(csrf())
                .with(from("192.0.2.200")), null, null);

        assertThat(page.status()).isEqualTo(429);
        assertThat(page.contentType()).startsWith("text/html");
        // the third failure past the limit: a delay of four minutes
        assertThat(new String(page.raw(), java.nio.charset.StandardCharsets.UTF_8)).contains("try again in 4 minutes");
    }

    @Test
    void auditorsReadSignInsFailuresAndLockOuts() {
        String name = anAccount();
        for (int i = 0; i < 10; i++) {
            basic(name, "wrong password " + i, "192.0.2.150");
        }

        JsonNode trail = check(api.get("/api/audit/accounts", new itu.tsb.visa.security.CurrentUser("auditor-test", "n/a",
                Role.AUDITOR, null)), 200).body();

        assertThat(trail.toString()).contains("SIGN_IN_LOCKED", "SIGN_IN_FAILED", "USER_CREATED");
        assertThat(trail.findValues("actor")).extracting(JsonNode::asText).contains(name);
        assertThat(api.get("/api/audit/accounts", STAFF).status()).isEqualTo(403);
    }
}
