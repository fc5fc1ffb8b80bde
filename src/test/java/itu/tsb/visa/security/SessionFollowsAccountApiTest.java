package itu.tsb.visa.security;

import static itu.tsb.visa.support.Api.ADMIN;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/**
 * A session speaks for its account as it is now: a role or entity taken away, or a password changed or
 * reset, ends the sessions that signed in before (and, unless kept, the account's API tokens), at their
 * very next call; each end is in the audit trail.
 */
class SessionFollowsAccountApiTest extends ApiTest {

    private static final String PASSWORD = "violet staple orbit";
    private static final String NEW_PASSWORD = "amber lantern voyage";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectMapper json;

    private long account(String name, String role, Long entity) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", name, "password", PASSWORD, "role", role));
        if (entity != null) {
            body.put("entityId", entity);
        }
        return check(api.post("/api/users", ADMIN, body), 201).body().path("id").asLong();
    }

    private MockHttpSession signIn(String name, String password) throws Exception {
        MvcResult login = mvc.perform(post("/login").param("username", name).param("password", password).with(csrf()))
                .andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).as("sign-in of " + name).doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private MockHttpServletResponse on(MockHttpSession session, MockHttpServletRequestBuilder call, Object body)
            throws Exception {
        call = call.session(session).with(csrf());
        if (body != null) {
            call = call.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(body));
        }
        return mvc.perform(call).andReturn().getResponse();
    }

    private Map<String, Object> newEntity() {
        return Map.of("name", "Ministry " + Api.unique(), "country", "KE", "category", "MEMBER_STATE",
                "memberFrom", "1950-01-01");
    }

    private List<String> sessionEnds(String name) {
        return jdbc.queryForList("select detail from audit_event where actor = ? and action = 'SESSION_ENDED' order by id",
                String.class, name);
    }

    @Test
    void aStaffMemberDemotedToAuditorLosesTheOpenSessionAndSignsInAgainAsAuditor() throws Exception {
        String name = "staff-" + Api.unique();
        long id = account(name, "TSB_STAFF", null);
        MockHttpSession session = signIn(name, PASSWORD);
        assertThat(on(session, post("/api/entities"), newEntity()).getStatus()).isEqualTo(201);

        check(api.call(patch("/api/users/" + id), ADMIN, Map.of("role", "AUDITOR")), 200);

        MockHttpServletResponse after = on(session, post("/api/entities"), newEntity());
        assertThat(after.getStatus()).isEqualTo(401);
        assertThat(after.getContentType()).isEqualTo("application/problem+json");
        assertThat(on(session, get("/api/me"), null).getStatus()).as("the session stays ended").isEqualTo(401);
        assertThat(sessionEnds(name)).containsExactly("the role changed from TSB_STAFF to AUDITOR");
        MockHttpSession again = signIn(name, PASSWORD);
        assertThat(on(again, post("/api/entities"), newEntity()).getStatus()).isEqualTo(403);
        assertThat(on(again, get("/api/me"), null).getContentAsString()).contains("\"role\":\"AUDITOR\"");
    }

    @Test
    void anApplicantMovedToAnotherEntityNoLongerListsTheFirstEntitysRequests() throws Exception {
        long first = api.memberState();
        long second = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", first, meeting + "-1", "APPROVED");
        String reference = check(api.post("/api/requests", Api.applicantOf(first), request(meeting,
                person("Mwangi", meeting + "-1"))), 201).text("reference");
        String name = "focal-" + Api.unique();
        long id = account(name, "APPLICANT", first);
        MockHttpSession session = signIn(name, PASSWORD);
        assertThat(on(session, get("/api/requests"), null).getContentAsString()).contains(reference);

        check(api.call(patch("/api/users/" + id), ADMIN, Map.of("entityId", second)), 200);

        MockHttpServletResponse after = on(session, get("/api/requests"), null);
        assertThat(after.getStatus()).isEqualTo(401);
        assertThat(after.getContentAsString()).doesNotContain(reference);
        assertThat(sessionEnds(name)).containsExactly("the entity changed from " + first + " to " + second);
        assertThat(on(signIn(name, PASSWORD), get("/api/requests"), null).getContentAsString()).doesNotContain(reference);
    }

    @Test
    void aPasswordResetEndsEverySessionAndTheTokensUnlessTheAdminKeepsThem() throws Exception {
        String name = "staff-" + Api.unique();
        long id = account(name, "TSB_STAFF", null);
        MockHttpSession session = signIn(name, PASSWORD);
        String revoked = check(api.post("/api/users/" + id + "/tokens", ADMIN, null), 201).text("token");

        check(api.call(patch("/api/users/" + id), ADMIN, Map.of("password", NEW_PASSWORD)), 200);

        assertThat(on(session, get("/api/me"), null).getStatus()).isEqualTo(401);
        assertThat(sessionEnds(name)).containsExactly("the password was changed");
        assertThat(api.call(get("/api/me").header("Authorization", "Bearer " + revoked), null, null).status())
                .isEqualTo(401);
        assertThat(jdbc.queryForList("select action from audit_event where detail like ? order by id", String.class,
                name + "%")).contains("PASSWORD_CHANGED");

        String kept = check(api.post("/api/users/" + id + "/tokens", ADMIN, null), 201).text("token");
        check(api.call(patch("/api/users/" + id), ADMIN, Map.of("password", PASSWORD + " again", "keepTokens", true)), 200);
        assertThat(api.call(get("/api/me").header("Authorization", "Bearer " + kept), null, null).status())
                .isEqualTo(200);
    }

    @Test
    void aPersonChangingTheirOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        String name = "staff-" + Api.unique();
        long id = account(name, "TSB_STAFF", null);
        MockHttpSession here = signIn(name, PASSWORD);
        MockHttpSession elsewhere = signIn(name, PASSWORD);
        String token = check(api.post("/api/users/" + id + "/tokens", ADMIN, null), 201).text("token");

        MockHttpServletResponse wrong = on(here, put("/api/me/password"),
                Map.of("currentPassword", "not the password", "newPassword", NEW_PASSWORD));
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString()).contains("currentPassword");
        assertThat(on(elsewhere, get("/api/me"), null).getStatus()).as("a refused change ends nothing").isEqualTo(200);

        assertThat(on(here, put("/api/me/password"), Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
                .getStatus()).isEqualTo(204);

        assertThat(on(here, get("/api/me"), null).getStatus()).isEqualTo(200);
        assertThat(on(elsewhere, get("/api/me"), null).getStatus()).isEqualTo(401);
        assertThat(api.call(get("/api/me").header("Authorization", "Bearer " + token), null, null).status())
                .isEqualTo(401);
        signIn(name, NEW_PASSWORD);
        assertThat(sessionEnds(name)).containsExactly("the password was changed");
    }
}
