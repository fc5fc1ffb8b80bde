package itu.tsb.visa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.MembershipCategory;
import itu.tsb.visa.reference.ReferenceData;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Single sign-on against a real OpenID Connect provider started here: the browser's round trip (our
 * redirect, the provider's authorisation, the code back, our token request) signs the person in with the
 * role and entity of the provider's claims; a person without a role, or named as a local account with a
 * password, is refused; local accounts still sign in with their password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:visa-oidc;DB_CLOSE_DELAY=-1", "spring.datasource.hikari.maximum-pool-size=4",
        "visa.oidc.client-id=visa-assistance", "visa.oidc.client-secret=the-client-secret",
        "visa.oidc.label=ITU accounts"})
@ActiveProfiles("test")
class OidcSignInIT {

    private static final MockOAuth2Server PROVIDER = started();

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server(new Route[0]);
        server.start(0);
        return server;
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("visa.oidc.issuer", () -> PROVIDER.issuerUrl("itu").toString());
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    private int port;
    @Autowired
    private ReferenceData reference;
    @Autowired
    private Users users;
    @Autowired
    private AuditLog audit;

    /** Follows the redirects of a sign-in through the provider, as a browser does; returns the last answer. */
    private HttpResponse<String> signInThroughTheProvider(HttpClient browser, Map<String, Object> claims) throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("itu", String.valueOf(claims.get("preferred_username")),
                "JWT", List.of("visa-assistance"), claims, 3600));
        URI next = URI.create("http://localhost:" + port + "/oauth2/authorization/oidc");
        HttpResponse<String> r = null;
        for (int hop = 0; hop < 6; hop++) {
            r = browser.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 3) {
                return r;
            }
            next = next.resolve(r.headers().firstValue("Location").orElseThrow());
            if (next.getPath().equals("/") || next.getPath().equals("/login.html")) {
                return r;
            }
        }
        return r;
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private String me(HttpClient browser) throws Exception {
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    @Test
    void theProvidersPeopleSignInWithTheRoleAndEntityOfItsClaims() throws Exception {
        long entity = reference.createOrganization("Ministry of ICT", "KE", MembershipCategory.MEMBER_STATE,
                java.time.LocalDate.of(1960, 1, 1), null).getId();
        HttpResponse<String> options = browser().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/sign-in-options")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(options.body()).contains("\"provider\":\"ITU accounts\"", "/oauth2/authorization/oidc");

        HttpClient focal = browser();
        HttpResponse<String> done = signInThroughTheProvider(focal, Map.of("preferred_username", "w.mwangi",
                "visa_role", "applicant", "visa_entity", String.valueOf(entity), "email", "w.mwangi@example.test"));
        assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/");
        assertThat(me(focal)).startsWith("200").contains("\"username\":\"w.mwangi\"", "\"role\":\"APPLICANT\"",
                "\"entityId\":" + entity);
        // the person has a local account now, which no password opens and an admin can disable
        assertThat(users.applicantEmails(entity)).containsExactly("w.mwangi@example.test");
        assertThat(audit.latest(AuditLog.ACCOUNT_ACTIONS)).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("w.mwangi");
            assertThat(e.getAction()).isEqualTo("SIGNED_IN");
        });

        HttpClient staff = browser();
        signInThroughTheProvider(staff, Map.of("preferred_username", "tsb.reviewer", "visa_role", "TSB_STAFF",
                "visa_entity", String.valueOf(entity)));
        assertThat(me(staff)).startsWith("200").contains("\"role\":\"TSB_STAFF\"").doesNotContain("entityId");
    }

    @Test
    void noRoleAnUnknownEntityOrALocalAccountsNameIsRefused() throws Exception {
        users.ensure("local.admin", "a local password 1234", Role.ADMIN, null);
        for (Map<String, Object> claims : List.<Map<String, Object>>of(
                Map.of("preferred_username", "no.role"),
                Map.of("preferred_username", "lost.focal", "visa_role", "APPLICANT", "visa_entity", "999999"),
                Map.of("preferred_username", "local.admin", "visa_role", "ADMIN"))) {
            HttpClient someone = browser();
            HttpResponse<String> done = signInThroughTheProvider(someone, claims);
            assertThat(done.headers().firstValue("Location").orElse("")).as(claims.toString())
                    .endsWith("/login.html?error=provider");
            assertThat(me(someone)).as(claims.toString()).startsWith("401");
        }
        assertThat(users.exists("no.role")).isFalse();
        assertThat(users.exists("lost.focal")).isFalse();
    }
}
