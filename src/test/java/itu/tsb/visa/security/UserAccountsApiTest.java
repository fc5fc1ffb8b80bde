package itu.tsb.visa.security;

import static itu.tsb.visa.support.Api.ADMIN;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** Admins manage accounts; names are unique whatever their case; weak passwords are refused. */
class UserAccountsApiTest extends ApiTest {

    private static final String PASSWORD = "violet staple orbit";

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.test.web.servlet.MockMvc mvc;

    private long auditor(String name) {
        return check(api.post("/api/users", ADMIN, Map.of("username", name, "password", PASSWORD, "role", "AUDITOR")), 201)
                .body().path("id").asLong();
    }

    private int signIn(String name, String password) {
        return api.call(get("/api/me").with(httpBasic(name, password)), null, null).status();
    }

    private Api.Reply change(long id, Map<String, Object> body) {
        return api.call(patch("/api/users/" + id), ADMIN, body);
    }

    @Test
    void aNameThatDiffersOnlyByCaseIsTaken() {
        String name = "Reader-" + Api.unique();
        auditor(name);

        Api.Reply again = api.post("/api/users", ADMIN, Map.of("username", name.toUpperCase(), "password", PASSWORD,
                "role", "AUDITOR"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("detail").asText()).contains(name + " already exists");
        assertThat(signIn(name.toLowerCase(), PASSWORD)).isEqualTo(200);
    }

    @Test
    void commonPasswordsAndPasswordsHoldingTheNameAreRefused() {
        String name = "reader-" + Api.unique();
        for (String weak : new String[] {"password1234", "123456789012", "Password1234", "my-" + name + "-pass",
                "aaaaaaaaaaaaaa", "elevenchars"}) {
            Api.Reply r = api.post("/api/users", ADMIN, Map.of("username", name, "password", weak, "role", "AUDITOR"));
            assertThat(r.status()).as(weak).isEqualTo(400);
            assertThat(r.body().path("errors").get(0).path("field").asText()).as(weak).isEqualTo("password");
        }
        assertThat(api.post("/api/users", ADMIN, Map.of("username", name, "password", PASSWORD, "role", "AUDITOR"))
                .status()).isEqualTo(201);
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        String name = "reader-" + Api.unique();
        long id = auditor(name);

        JsonNode disabled = check(change(id, Map.of("enabled", false)), 200).body();
        int whileDisabled = signIn(name, PASSWORD);
        check(change(id, Map.of("enabled", true)), 200);

        assertThat(disabled.path("enabled").asBoolean()).isFalse();
        assertThat(whileDisabled).isEqualTo(401);
        assertThat(signIn(name, PASSWORD)).isEqualTo(200);
    }

    /** Refused like a wrong password on the sign-in page: a failure in the trail, not an internal error in the log. */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aDisabledAccountsSignInIsAnOrdinaryFailure(org.springframework.boot.test.system.CapturedOutput log) {
        String name = "reader-" + Api.unique();
        long id = auditor(name);
        check(change(id, Map.of("enabled", false)), 200);

        Api.Reply page = api.call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .param("username", name).param("password", PASSWORD)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()),
                null, null);

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.headers().get("Location")).isEqualTo("/login.html?error");
        assertThat(log.getAll()).doesNotContain("An internal error occurred").doesNotContain("DisabledException");
    }

    @Test
    void anAdminChangesRoleEntityAndPassword() {
        String name = "reader-" + Api.unique();
        long id = auditor(name);
        long entity = api.memberState();

        Api.Reply noEntity = change(id, Map.of("role", "APPLICANT"));
        JsonNode applicant = check(change(id, Map.of("role", "APPLICANT", "entityId", entity, "email", name + "@example.test")),
                200).body();
        Api.Reply weak = change(id, Map.of("password", "password1234"));
        check(change(id, Map.of("password", "a new long passphrase")), 200);

        assertThat(noEntity.status()).isEqualTo(400);
        assertThat(applicant.path("role").asText()).isEqualTo("APPLICANT");
        assertThat(applicant.path("entityId").asLong()).isEqualTo(entity);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(signIn(name, PASSWORD)).isEqualTo(401);
        assertThat(signIn(name, "a new long passphrase")).isEqualTo(200);
    }

    @Test
    void onlyAdminsListAndChangeAccountsAndNeverSeeAHash() {
        String name = "reader-" + Api.unique();
        long id = auditor(name);

        JsonNode list = check(api.get("/api/users", ADMIN), 200).body();

        assertThat(list.findValues("username")).extracting(JsonNode::asText).contains(name);
        assertThat(list.toString()).doesNotContain("bcrypt").doesNotContain("passwordHash");
        assertThat(api.get("/api/users", STAFF).status()).isEqualTo(403);
        assertThat(api.call(patch("/api/users/" + id), STAFF, Map.of("enabled", false)).status()).isEqualTo(403);
        assertThat(change(999_999_999L, Map.of("enabled", false)).status()).isEqualTo(404);
    }

    @Test
    void aSessionSignedInBeforeTheAccountWasDisabledEndsAtItsNextCall() throws Exception {
        String name = "reader-" + Api.unique();
        long id = auditor(name);
        org.springframework.test.web.servlet.MvcResult login = mvc.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.post("/login").param("username", name).param("password", PASSWORD)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        org.springframework.mock.web.MockHttpSession session = (org.springframework.mock.web.MockHttpSession) login
                .getRequest().getSession(false);
        int before = mvc.perform(get("/api/me").session(session)).andReturn().getResponse().getStatus();

        check(change(id, Map.of("enabled", false)), 200);
        int after = mvc.perform(get("/api/me").session(session)).andReturn().getResponse().getStatus();

        assertThat(before).isEqualTo(200);
        assertThat(after).isEqualTo(401);
        assertThat(session.isInvalid()).isTrue();
    }
}
