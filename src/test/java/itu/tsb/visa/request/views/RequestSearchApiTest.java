package itu.tsb.visa.request.views;

import static itu.tsb.visa.support.Api.AUDITOR;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import itu.tsb.visa.request.model.NameSearchKeys;
import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** The list of requests by pages, filtered and ordered, within what each user may see. */
class RequestSearchApiTest extends ApiTest {

    private long submit(long entity, String meeting, String family) {
        String number = meeting + "-" + entity + "-" + family;
        api.register(meeting, family, entity, number, "APPROVED");
        return check(api.post("/api/requests", applicantOf(entity), request(meeting, person(family, number))), 201)
                .body().path("id").asLong();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> out = new ArrayList<>();
        page.path("items").forEach(i -> out.add(i.path("id").asLong()));
        return out;
    }

    @Test
    void pagesFiltersAndOrdersWithinWhatTheUserMaySee() {
        long entity = api.memberState();
        long other = api.memberState();
        String near = api.meeting(LocalDate.of(2010, 6, 14), LocalDate.of(2010, 6, 16), null);
        String far = api.meeting(LocalDate.of(2010, 9, 6), LocalDate.of(2010, 9, 10), null);
        long a = submit(entity, far, "Mwangi");
        clock.set(clock.instant().plusSeconds(86_400));
        long b = submit(entity, near, "Otieno");
        long c = submit(other, near, "Kamau");
        long refused = submit(api.entity("NON_MEMBER", null, null), near, "Smith");

        JsonNode byMeeting = check(api.get("/api/requests?meeting=" + near + "&size=2", AUDITOR), 200).body();
        assertThat(byMeeting.path("total").asLong()).isEqualTo(3);
        assertThat(byMeeting.path("page").asInt()).isZero();
        assertThat(byMeeting.path("size").asInt()).isEqualTo(2);
        assertThat(ids(byMeeting)).containsExactly(refused, c); // newest first
        JsonNode second = check(api.get("/api/requests?meeting=" + near + "&size=2&page=1", AUDITOR), 200).body();
        assertThat(ids(second)).containsExactly(b);
        assertThat(second.path("items").get(0).path("daysToMeeting").asLong()).isEqualTo(41); // from 4 May to 14 June
        assertThat(second.path("items").get(0).path("meetingFirstDay").asText()).isEqualTo("2010-06-14");

        String mine = "/api/requests?entityId=" + entity + "&sort=deadline";
        assertThat(ids(check(api.get(mine, STAFF), 200).body())).containsExactly(b, a);
        assertThat(ids(check(api.get("/api/requests?entityId=" + entity + "&sort=received", STAFF), 200).body()))
                .containsExactly(b, a);
        // an applicant sees its entity's requests whatever it asks for
        assertThat(ids(check(api.get("/api/requests?entityId=" + other, applicantOf(entity)), 200).body())).isEmpty();
        assertThat(ids(check(api.get("/api/requests?meeting=" + near, applicantOf(other)), 200).body())).containsExactly(c);

        assertThat(ids(check(api.get("/api/requests?rule=ELIGIBILITY&outcome=FAILED&meeting=" + near, AUDITOR), 200).body()))
                .containsExactly(refused);
        assertThat(ids(check(api.get("/api/requests?status=REJECTED,WITHDRAWN&meeting=" + near, AUDITOR), 200).body()))
                .containsExactly(refused);
        assertThat(ids(check(api.get("/api/requests?status=UNDER_REVIEW&status=REJECTED&meeting=" + near, AUDITOR), 200)
                .body())).containsExactlyInAnyOrder(b, c, refused);
        String reference = check(api.get("/api/requests/" + a, STAFF), 200).body().path("reference").asText();
        assertThat(ids(check(api.get("/api/requests?q=" + reference.toLowerCase(), STAFF), 200).body())).containsExactly(a);
        assertThat(ids(check(api.get("/api/requests?q=%25", STAFF), 200).body())).isEmpty(); // a literal %, not a wildcard
        assertThat(ids(check(api.get("/api/requests?receivedFrom=2010-05-04&entityId=" + entity, STAFF), 200).body()))
                .containsExactly(b);
        assertThat(ids(check(api.get("/api/requests?receivedTo=2010-05-03&entityId=" + entity, STAFF), 200).body()))
                .containsExactly(a);
        assertThat(ids(check(api.get("/api/requests?escalated=true&meeting=" + near, STAFF), 200).body())).isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    private NameSearchKeys nameSearchKeys;

    @Test
    void aPersonIsFoundByTheirFamilyNameWithoutDecryptingEveryName() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        long muller = submit(entity, meeting, "Müller-Lüdenscheidt");
        long nguyen = submit(entity, meeting, "Nguyễn");
        long elsewhere = submit(api.memberState(), meeting, "Nguyen");

        assertThat(ids(check(api.get("/api/requests?q=muller lüdenscheidt", STAFF), 200).body())).containsExactly(muller);
        assertThat(ids(check(api.get("/api/requests?q=NGUYEN&sort=reference", STAFF), 200).body()))
                .containsExactlyInAnyOrder(nguyen, elsewhere);
        assertThat(ids(check(api.get("/api/requests?q=Nguy", STAFF), 200).body())).isEmpty(); // a whole name, not a part
        // an applicant finds only its entity's
        assertThat(ids(check(api.get("/api/requests?q=nguyen", applicantOf(entity)), 200).body())).containsExactly(nguyen);

        // the list flags the same family name on two live requests of a meeting, and an entity nobody can be told by e-mail
        JsonNode flagged = check(api.get("/api/requests?meeting=" + meeting + "&sort=reference", STAFF), 200).body();
        java.util.Map<Long, String> flags = new java.util.HashMap<>();
        flagged.path("items").forEach(i -> flags.put(i.path("id").asLong(), i.path("flags").toString()));
        assertThat(flags.get(nguyen)).contains("POSSIBLE_DUPLICATE_PERSON", "NO_FOCAL_POINT_EMAIL");
        assertThat(flags.get(elsewhere)).contains("POSSIBLE_DUPLICATE_PERSON");
        assertThat(flags.get(muller)).doesNotContain("POSSIBLE_DUPLICATE_PERSON");
        check(api.post("/api/users", itu.tsb.visa.support.Api.ADMIN, Map.of("username", "focal-" + entity,
                "password", "a long enough password 42", "role", "APPLICANT", "entityId", entity,
                "email", "focal@example.test")), 201);
        assertThat(check(api.get("/api/requests?q=nguyen", applicantOf(entity)), 200).body().path("items").get(0)
                .path("flags").toString()).doesNotContain("NO_FOCAL_POINT_EMAIL");

        // stored beside the encrypted name: neither the name nor its plain hash
        String key = jdbc.queryForObject("select p.family_name_key from participant p where p.request_id = ?", String.class, nguyen);
        assertThat(key).hasSize(32).doesNotContainIgnoringCase("nguy");
        // rows stored before there was a key get theirs at start
        jdbc.update("update participant set family_name_key = null where request_id in (?, ?)", muller, nguyen);
        assertThat(ids(check(api.get("/api/requests?q=nguyen", applicantOf(entity)), 200).body())).isEmpty();
        nameSearchKeys.addMissing();
        assertThat(jdbc.queryForObject("select p.family_name_key from participant p where p.request_id = ?", String.class,
                nguyen)).isEqualTo(key);
        assertThat(ids(check(api.get("/api/requests?q=muller-ludenscheidt", STAFF), 200).body())).containsExactly(muller);
    }

    @Test
    void aWrongFilterIsNamedWithWhatItMayBe() {
        Api.Reply r = check(api.get("/api/requests?size=500&page=-1&sort=urgency&status=LOST&receivedFrom=May"
                + "&rule=WINDOW", STAFF), 400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(Api.fields(r)).containsExactlyInAnyOrder("size", "page", "sort", "status", "receivedFrom", "rule");
        assertThat(r.body().toString()).contains("between 1 and 200", "deadline, received, reference",
                "SUBMISSION_WINDOW");
        assertThat(Api.fields(check(api.get("/api/requests?meeting=NO-SUCH", STAFF), 400))).containsExactly("meeting");
        assertThat(Api.fields(check(api.get("/api/requests?receivedFrom=2010-05-04&receivedTo=2010-05-03", STAFF), 400)))
                .containsExactly("receivedTo");
        assertThat(check(api.get("/api/requests?entityId=abc", STAFF), 400).contentType())
                .startsWith("application/problem+json");
    }
}
