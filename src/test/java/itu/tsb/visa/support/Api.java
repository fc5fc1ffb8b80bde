package itu.tsb.visa.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Users;
import itu.tsb.visa.security.Role;

/** The API as a client sees it, with small factory methods for fixtures. */
public class Api {

    private static final AtomicInteger SEQ = new AtomicInteger();

    public static final CurrentUser STAFF = new CurrentUser("staff-test", "n/a", Role.TSB_STAFF, null);
    /** A second member of staff: approves what {@link #STAFF} proposed (four eyes). */
    public static final CurrentUser SECOND_STAFF = new CurrentUser("staff-second", "n/a", Role.TSB_STAFF, null);
    public static final CurrentUser AUDITOR = new CurrentUser("auditor-test", "n/a", Role.AUDITOR, null);
    public static final CurrentUser ADMIN = new CurrentUser("admin-test", "n/a", Role.ADMIN, null);

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;
    private final Users users;

    public Api(MockMvc mvc, ObjectMapper json, JdbcTemplate jdbc, Users users) {
        this.mvc = mvc;
        this.json = json;
        this.jdbc = jdbc;
        this.users = users;
    }

    public record Reply(int status, String contentType, JsonNode body, byte[] raw,
            java.util.Map<String, String> headers) {
        public String text(String field) {
            return body.path(field).asText();
        }
    }

    public static CurrentUser applicantOf(long entityId) {
        return new CurrentUser("applicant-" + entityId, "n/a", Role.APPLICANT, entityId);
    }

    public static int unique() {
        return SEQ.incrementAndGet();
    }

    public Reply call(MockHttpServletRequestBuilder request, CurrentUser as, Object body) {
        try {
            if (as != null) {
                request = signedIn(request, account(as));
            }
            if (body != null) {
                request = request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(body));
            }
            MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
            byte[] raw = r.getContentAsByteArray();
            JsonNode node = null;
            String type = r.getContentType();
            if (type != null && type.contains("json") && raw.length > 0) {
                node = json.readTree(raw);
            }
            java.util.Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            r.getHeaderNames().forEach(h -> headers.put(h, r.getHeader(h)));
            return new Reply(r.getStatus(), type, node, raw, headers);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The person as their session holds them after signing in: with the account's password hash, as
     * sessions follow the account (a changed password, role or entity ends them). An account the test
     * did not make is made here, with a password no test uses; role and entity stay as the test says.
     */
    private CurrentUser account(CurrentUser as) {
        for (int attempt = 0; attempt < 2; attempt++) {
            List<String> hash = jdbc.queryForList("select password_hash from app_user where username_key = ?",
                    String.class, as.username().toLowerCase(java.util.Locale.ROOT));
            if (!hash.isEmpty()) {
                return new CurrentUser(as.username(), hash.get(0), as.role(), as.entityId());
            }
            makeAccount(as);
        }
        throw new IllegalStateException("no account " + as.username());
    }

    /** One thread at a time, and a thread that finds the account made meanwhile by another goes on. */
    private synchronized void makeAccount(CurrentUser as) {
        if (users.hasAccount(as.username())) {
            return;
        }
        try {
            users.ensure(as.username(), "a password no test signs in with", as.role(), as.entityId());
        } catch (org.springframework.dao.DataIntegrityViolationException madeByAnotherNode) {
            // made by a call this Api did not see (another Api on the same database): read it again
        }
    }

    /**
     * The call as a browser makes it once signed in: the session holds the signed-in person, and the CSRF
     * token of its cookie comes back in the header, as our pages send it. Made by hand rather than with
     * Spring Security's test post-processors, which look up the filters by reflection at every call: a
     * ninth of the hostile-bodies test's CPU went into them. Once a test has used their {@code csrf()}, the
     * shared context reads the token from the session instead of the cookie (the post-processor swaps the
     * repository for good), so the session holds it too.
     */
    private static MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request, CurrentUser as) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(as, as.getPassword(), as.getAuthorities())));
        String token = "csrf-token-of-" + as.getUsername();
        session.setAttribute(HttpSessionCsrfTokenRepository.class.getName() + ".CSRF_TOKEN",
                new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", token));
        return request.session(session).cookie(new Cookie("XSRF-TOKEN", token)).header("X-XSRF-TOKEN", token);
    }

    public Reply post(String url, CurrentUser as, Object body) {
        return call(MockHttpServletRequestBuilderFactory.post(url), as, body);
    }

    public Reply put(String url, CurrentUser as, Object body) {
        return call(MockHttpServletRequestBuilderFactory.put(url), as, body);
    }

    public Reply get(String url, CurrentUser as) {
        return call(MockHttpServletRequestBuilderFactory.get(url), as, null);
    }

    public Reply delete(String url, CurrentUser as) {
        return call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(url), as, null);
    }

    /** Static builders, named so that they do not clash with this class's own verbs. */
    static final class MockHttpServletRequestBuilderFactory {
        static MockHttpServletRequestBuilder post(String url) {
            return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url);
        }

        static MockHttpServletRequestBuilder put(String url) {
            return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url);
        }

        static MockHttpServletRequestBuilder get(String url) {
            return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url);
        }
    }

    // ---- fixtures -------------------------------------------------------------------------------

    public long entity(String category, LocalDate memberFrom, LocalDate memberUntil) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Entity " + unique());
        body.put("country", "KE");
        body.put("category", category);
        body.put("memberFrom", memberFrom);
        body.put("memberUntil", memberUntil);
        Reply r = post("/api/entities", STAFF, body);
        check(r, 201);
        return r.body().path("id").asLong();
    }

    public long memberState() {
        return entity("MEMBER_STATE", LocalDate.of(1950, 1, 1), null);
    }

    /** The FG Smart Grid meeting's dates (14-16 June 2010) under a fresh code. */
    public String fgSmartGrid() {
        return meeting(LocalDate.of(2010, 6, 14), LocalDate.of(2010, 6, 16), null);
    }

    public String meeting(LocalDate first, LocalDate last, Integer daysBefore) {
        String code = "M-" + unique();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("title", "Meeting " + code);
        body.put("venue", "ITU headquarters, Geneva");
        body.put("firstDay", first);
        body.put("lastDay", last);
        if (daysBefore != null) {
            body.put("requestDaysBefore", daysBefore);
        }
        check(post("/api/meetings", STAFF, body), 201);
        return code;
    }

    public long register(String meeting, String familyName, long entityId, String number, String status) {
        Reply r = post("/api/meetings/" + meeting + "/registrations", STAFF,
                Map.of("familyName", familyName, "givenNames", "Given", "entityId", entityId,
                        "confirmationNumber", number, "status", status));
        check(r, 201);
        return r.body().path("id").asLong();
    }

    /**
     * Moves a meeting's last day, its first day kept (so no deadline moves): a passport valid for the meeting
     * as it was may no longer be. A submission refuses a passport that expires too soon; a request already
     * in has it found by the process's next check.
     */
    public void moveLastDay(String code, LocalDate lastDay) {
        JsonNode m = check(get("/api/meetings/" + code, STAFF), 200).body();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", m.path("title").asText());
        body.put("venue", m.path("venue").asText());
        body.put("firstDay", m.path("firstDay").asText());
        body.put("lastDay", lastDay);
        body.put("requestDaysBefore", m.path("requestDaysBefore").asInt());
        check(put("/api/meetings/" + code, STAFF, body), 200);
    }

    public void setRegistrationStatus(long registrationId, String status) {
        check(put("/api/registrations/" + registrationId + "/status", STAFF, Map.of("status", status)), 200);
    }

    public static Map<String, Object> person(String familyName, String registrationNumber) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("familyName", familyName);
        p.put("givenNames", "Given");
        p.put("function", "Engineer");
        p.put("dateOfBirth", "1980-01-31");
        p.put("placeOfBirth", "Nairobi");
        p.put("nationality", "KE");
        p.put("registrationNumber", registrationNumber);
        p.put("passport", new LinkedHashMap<>(Map.of("number", "TESTPASS" + registrationNumber.replaceAll("[^0-9]", ""),
                "issuingAuthority", "Immigration Nairobi", "issueDate", "2008-01-01", "expiryDate", "2018-01-01")));
        p.put("swissRepresentation", Map.of("kind", "EMBASSY", "city", "Nairobi", "country", "KE"));
        return p;
    }

    @SafeVarargs
    public static Map<String, Object> request(String meeting, Map<String, Object>... persons) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("meeting", meeting);
        r.put("language", "fr");
        r.put("signatory", Map.of("name", "Jane Njeri", "title", "Permanent Secretary"));
        r.put("participants", new ArrayList<>(List.of(persons)));
        return r;
    }

    /** The fields a problem's errors name, in order. */
    public static List<String> fields(Reply reply) {
        List<String> out = new ArrayList<>();
        reply.body().path("errors").forEach(e -> out.add(e.path("field").asText()));
        return out;
    }

    /** Each decision of a request view on one rule, oldest first, as "OUTCOME: reason". */
    public static List<String> decisions(JsonNode view, String rule) {
        List<String> out = new ArrayList<>();
        view.path("decisions").forEach(d -> {
            if (d.path("rule").asText().equals(rule)) {
                out.add(d.path("outcome").asText() + ": " + d.path("reason").asText());
            }
        });
        return out;
    }

    public static Reply check(Reply r, int status) {
        if (r.status() != status) {
            throw new AssertionError("expected HTTP " + status + " but got " + r.status() + ": "
                    + (r.body() == null ? new String(r.raw()) : r.body().toPrettyString()));
        }
        return r;
    }
}
