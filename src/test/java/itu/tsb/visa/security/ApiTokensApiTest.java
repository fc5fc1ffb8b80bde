package itu.tsb.visa.security;

import static itu.tsb.visa.support.Api.ADMIN;
import static itu.tsb.visa.support.Api.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** Systems call the API with a token an admin issued, as its account, until it is revoked. */
class ApiTokensApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    private long aSystemAccount(String name) {
        return check(api.post("/api/users", ADMIN, Map.of("username", name, "password", "violet staple orbit",
                "role", "TSB_STAFF")), 201).body().path("id").asLong();
    }

    private Api.Reply withToken(String token, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder call,
            Object body) {
        return api.call(call.header("Authorization", "Bearer " + token), null, body);
    }

    @Test
    void aTokenSignsInItsAccountWithoutSessionOrCsrfUntilRevoked() {
        String name = "registration-system-" + Api.unique();
        long id = aSystemAccount(name);
        JsonNode issued = check(api.post("/api/users/" + id + "/tokens", ADMIN, null), 201).body();
        String token = issued.path("token").asText();
        String meeting = api.fgSmartGrid();
        long entity = api.memberState();

        Api.Reply me = withToken(token, get("/api/me"), null);
        Api.Reply pushed = withToken(token, put("/api/meetings/" + meeting + "/registrations/T-1"),
                Map.of("familyName", "Mwangi", "givenNames", "Grace", "entityId", entity, "status", "APPROVED"));
        check(api.call(delete("/api/users/" + id + "/tokens/" + issued.path("id").asLong()), ADMIN, null), 204);
        Api.Reply revoked = withToken(token, get("/api/me"), null);

        assertThat(token).startsWith("vt_").hasSizeGreaterThan(40);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("username").asText()).isEqualTo(name);
        assertThat(me.headers()).doesNotContainKey("Set-Cookie");
        assertThat(pushed.status()).isEqualTo(201);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.contentType()).isEqualTo("application/problem+json");
        assertThat(revoked.headers()).doesNotContainKey("WWW-Authenticate");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'TOKEN_USED'",
                Integer.class, name)).isEqualTo(2);
    }

    @Test
    void onlyTheHashIsKeptAndAnUnknownTokenIsRefused() {
        long id = aSystemAccount("system-" + Api.unique());
        String token = check(api.post("/api/users/" + id + "/tokens", ADMIN, null), 201).body().path("token").asText();

        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class,
                ApiTokens.hash(token))).isEqualTo(1);
        assertThat(jdbc.queryForList("select token_hash from api_token", String.class)).doesNotContain(token);
        assertThat(withToken("vt_" + "x".repeat(43), get("/api/me"), null).status()).isEqualTo(401);
    }

    @Test
    void aTokenOfADisabledAccountIsRefusedAndOnlyAdminsIssueThem() {
        long id = aSystemAccount("system-" + Api.unique());
        String token = check(api.post("/api/users/" + id + "/tokens", ADMIN, null), 201).body().path("token").asText();

        check(api.call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch("/api/users/" + id),
                ADMIN, Map.of("enabled", false)), 200);

        assertThat(withToken(token, get("/api/me"), null).status()).isEqualTo(401);
        assertThat(api.post("/api/users/" + id + "/tokens", Api.STAFF, null).status()).isEqualTo(403);
        assertThat(api.call(delete("/api/users/" + id + "/tokens/999999"), ADMIN, null).status()).isEqualTo(404);
    }
}
