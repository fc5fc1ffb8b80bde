package itu.tsb.visa.security;

import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/**
 * The session of the sign-in page and HTTP Basic are kept apart: a call on the session needs the CSRF
 * token whatever other headers it carries; a Basic call is authenticated by its credentials alone and
 * never touches a session; browsers are never challenged for Basic credentials.
 */
class SessionAndBasicApiTest extends ApiTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Users users;

    private String name;
    private long requestId;

    @BeforeEach
    void anApplicantWithARequest() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        name = "focal-" + Api.unique();
        users.ensure(name, PASSWORD, Role.APPLICANT, entity, null);
        requestId = check(api.post("/api/requests", Api.applicantOf(entity), request(meeting, person("Mwangi",
                meeting + "-1"))), 201).body().path("id").asLong();
    }

    private MockHttpSession signedIn() throws Exception {
        MvcResult login = mvc.perform(post("/login").param("username", name).param("password", PASSWORD).with(csrf()))
                .andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    private String status() throws Exception {
        return api.get("/api/requests/" + requestId, Api.STAFF).text("status");
    }

    @Test
    void theAddressTheFormPostsToLeadsABrowserToTheSignInPage() throws Exception {
        MvcResult page = mvc.perform(get("/login")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(302);
        assertThat(page.getResponse().getRedirectedUrl()).isEqualTo("/login.html");
    }

    @Test
    void withoutAnIssuerTheSignInPageOffersLocalAccountsOnly() {
        Api.Reply options = check(api.get("/api/sign-in-options", null), 200);
        assertThat(options.body().path("local").asBoolean()).isTrue();
        assertThat(options.body().has("provider")).isFalse();
        assertThat(api.get("/oauth2/authorization/oidc", null).status()).isNotEqualTo(302);
    }

    @Test
    void aSessionCallWithAnyOtherAuthorizationHeaderStillNeedsTheCsrfToken() throws Exception {
        MockHttpSession session = signedIn();

        int bearer = mvc.perform(post("/api/requests/" + requestId + "/withdraw").session(session)
                .header("Authorization", "Bearer junk")).andReturn().getResponse().getStatus();
        int basicJunk = mvc.perform(post("/api/requests/" + requestId + "/withdraw").session(session)
                .header("Authorization", basic(name, "wrong password!!"))).andReturn().getResponse().getStatus();

        assertThat(bearer).isEqualTo(403);
        assertThat(basicJunk).isEqualTo(401);
        assertThat(status()).isEqualTo("UNDER_REVIEW");
        int withToken = mvc.perform(post("/api/requests/" + requestId + "/withdraw").session(session)
                .with(csrf().asHeader())).andReturn().getResponse().getStatus();
        assertThat(withToken).isEqualTo(200);
        assertThat(status()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aBasicCallIsAuthenticatedByItsCredentialsAloneAndNeverTouchesASession() throws Exception {
        MvcResult call = mvc.perform(get("/api/requests/" + requestId).header("Authorization", basic(name, PASSWORD)))
                .andReturn();

        assertThat(call.getResponse().getStatus()).isEqualTo(200);
        assertThat(call.getRequest().getSession(false)).isNull();
        assertThat(call.getResponse().getHeader("Set-Cookie")).isNull();
        int withdrawn = mvc.perform(post("/api/requests/" + requestId + "/withdraw")
                .header("Authorization", basic(name, PASSWORD))).andReturn().getResponse().getStatus();
        assertThat(withdrawn).isEqualTo(200);
    }

    @Test
    void aCrossSiteFormRidingOnRememberedBasicCredentialsIsRefused() throws Exception {
        int status = mvc.perform(post("/api/requests/" + requestId + "/withdraw")
                .header("Authorization", basic(name, PASSWORD)).header("Sec-Fetch-Site", "cross-site")
                .contentType("application/x-www-form-urlencoded")).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(status()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void browsersAreNeverChallengedForBasicCredentialsButFailedBasicCallsAre() throws Exception {
        var anonymous = mvc.perform(get("/api/requests")).andReturn().getResponse();
        var wrong = mvc.perform(get("/api/requests").header("Authorization", basic(name, "nope nope nope")))
                .andReturn().getResponse();

        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getContentType()).contains("application/problem+json");
        assertThat(anonymous.getHeader("WWW-Authenticate")).isNull();
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getContentType()).contains("application/problem+json");
        assertThat(wrong.getHeader("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void overHttpsTheAnswerCarriesHstsAndEveryAnswerAPermissionsPolicy() throws Exception {
        var secure = mvc.perform(get("/login.html").secure(true)).andReturn().getResponse();
        var plain = mvc.perform(get("/login.html")).andReturn().getResponse();

        assertThat(secure.getHeader("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
        assertThat(plain.getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()", "payment=()");
    }

    /**
     * The browser keeps pages and scripts and asks at each use whether they changed (a 304 then), so that
     * the diagram viewer's megabyte is not fetched and compiled again on every page; whoever is no longer
     * signed in is still refused them. What the API answers is never stored.
     */
    @Test
    void pagesAndScriptsAreCheckedAtEachUseAndTheApiIsNeverStored() throws Exception {
        MockHttpSession session = signedIn();
        var script = mvc.perform(get("/js/app.js").session(session)).andReturn().getResponse();
        var answer = mvc.perform(get("/api/requests/" + requestId).session(session)).andReturn().getResponse();

        assertThat(script.getStatus()).isEqualTo(200);
        assertThat(script.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(script.getHeader("Last-Modified")).isNotBlank();
        assertThat(mvc.perform(get("/js/app.js").session(session).header("If-Modified-Since",
                script.getHeader("Last-Modified"))).andReturn().getResponse().getStatus()).isEqualTo(304);
        assertThat(mvc.perform(get("/js/app.js").header("If-Modified-Since", script.getHeader("Last-Modified")))
                .andReturn().getResponse().getStatus()).as("without a session").isEqualTo(401);
        assertThat(mvc.perform(get("/login.html")).andReturn().getResponse().getHeader("Cache-Control"))
                .isEqualTo("no-cache");
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void everyRefusalIsAProblemWhateverItsKind() throws Exception {
        String auth = basic(name, PASSWORD);
        var notFoundPage = mvc.perform(get("/no-such-page.html").header("Authorization", auth)).andReturn().getResponse();
        var notFoundApi = mvc.perform(get("/api/no-such-thing").header("Authorization", auth)).andReturn().getResponse();
        var wrongMethod = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/requests").header("Authorization", auth)).andReturn().getResponse();
        var wrongType = mvc.perform(post("/api/requests").header("Authorization", auth).contentType("text/plain")
                .content("hello")).andReturn().getResponse();
        var notAcceptable = mvc.perform(get("/api/requests").header("Authorization", auth).accept("image/png"))
                .andReturn().getResponse();
        var forbidden = mvc.perform(get("/api/entities").header("Authorization", auth)).andReturn().getResponse();

        assertThat(List.of(notFoundPage, notFoundApi, wrongMethod, wrongType, notAcceptable, forbidden))
                .extracting(r -> r.getStatus()).containsExactly(404, 404, 405, 415, 406, 403);
        assertThat(List.of(notFoundPage, notFoundApi, wrongMethod, wrongType, notAcceptable, forbidden))
                .allSatisfy(r -> assertThat(r.getContentType()).as("answer %s", r.getStatus())
                        .startsWith("application/problem+json"));
    }
}
