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

/** Ten failed sign-ins for a name, or from an address, within 15 minutes lock it out until they age. */
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
    void tenFailuresForANameLockItOutRightPasswordIncludedUntilTheyAge() {
        String name = anAccount();
        for (int i = 0; i < 10; i++) {
            assertThat(basic(name, "wrong password " + i, "192.0.2." + (10 + i)).status()).isEqualTo(401);
        }

        Api.Reply locked = basic(name.toUpperCase(), PASSWORD, "198.51.100.1");
        clock.set(clock.instant().plus(Duration.ofMinutes(15)).plusSeconds(1));
        Api.Reply later = basic(name, PASSWORD, "198.51.100.1");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.contentType()).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(locked.headers().get("Retry-After"))).isBetween(1L, 900L);
        assertThat(locked.body().path("detail").asText()).contains("try again in 15 minutes");
        assertThat(later.status()).isEqualTo(200);
    }

    @Test
    void tenFailuresFromAnAddressLockItOutForEveryName() {
        String name = anAccount();
        for (int i = 0; i < 10; i++) {
            basic("nobody-" + Api.unique(), "guess " + i, "203.0.113.77");
        }

        assertThat(basic(name, PASSWORD, "203.0.113.77").status()).isEqualTo(429);
        assertThat(basic(name, PASSWORD, "203.0.113.78").status()).isEqualTo(200);
    }

    @Test
    void theSignInPageIsLockedOutTooAndSaysWhenToTryAgain() {
        String name = anAccount();
        for (int i = 0; i < 10; i++) {
            basic(name, "wrong password " + i, "192.0.2.200");
        }

        Api.Reply page = api.call(post("/login").param("username", name).param("password", PASSWORD).with(csrf())
                .with(from("192.0.2.201")), null, null);

        assertThat(page.status()).isEqualTo(429);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(new String(page.raw(), java.nio.charset.StandardCharsets.UTF_8)).contains("try again in 15 minutes");
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
