package itu.tsb.visa.security;

import static itu.tsb.visa.support.Api.ADMIN;
import static itu.tsb.visa.support.Api.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

class UsersApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void adminCreatesAnApplicantWhoSignsInWithHttpBasic() {
        long entity = api.memberState();
        String name = "focal-" + Api.unique();

        Api.Reply created = check(api.post("/api/users", ADMIN, Map.of("username", name, "password", "correct horse battery",
                "role", "APPLICANT", "entityId", entity)), 201);
        assertThat(created.body().path("id").isNumber()).isTrue();

        Api.Reply me = api.call(get("/api/me").with(httpBasic(name, "correct horse battery")), null, null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("entityId").asLong()).isEqualTo(entity);
        assertThat(api.call(get("/api/me").with(httpBasic(name, "wrong password!!")), null, null).status()).isEqualTo(401);

        String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, name);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct horse");
    }

    @Test
    void aSessionCallWithoutTheCsrfTokenIsRefused() {
        Api.Reply r = api.call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/entities")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(itu.tsb.visa.support.Api.STAFF))
                .contentType("application/json").content("{\"name\":\"x\",\"country\":\"KE\",\"category\":\"MEMBER_STATE\"}"),
                null, null);

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        assertThat(r.body().path("detail").asText()).contains("X-XSRF-TOKEN");
    }

    @Test
    void applicantsNeedAnEntityAndOthersMustNotHaveOne() {
        Api.Reply noEntity = api.post("/api/users", ADMIN, Map.of("username", "user-" + Api.unique(),
                "password", "long-enough-password", "role", "APPLICANT"));
        Api.Reply staffWithEntity = api.post("/api/users", ADMIN, Map.of("username", "user-" + Api.unique(),
                "password", "long-enough-password", "role", "TSB_STAFF", "entityId", api.memberState()));
        Api.Reply shortPassword = api.post("/api/users", ADMIN, Map.of("username", "user-" + Api.unique(),
                "password", "short", "role", "AUDITOR"));

        assertThat(noEntity.body().path("errors").get(0).path("field").asText()).isEqualTo("entityId");
        assertThat(staffWithEntity.body().path("errors").get(0).path("field").asText()).isEqualTo("entityId");
        assertThat(shortPassword.body().path("errors").get(0).path("field").asText()).isEqualTo("password");
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsAFieldErrorNotAServerError() {
        Api.Reply r = api.post("/api/users", ADMIN, Map.of("username", "user-" + Api.unique(),
                "password", "王".repeat(25), "role", "AUDITOR"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("errors").get(0).path("field").asText()).isEqualTo("password");
        assertThat(r.body().path("errors").get(0).path("message").asText()).contains("72 bytes");
    }
}
