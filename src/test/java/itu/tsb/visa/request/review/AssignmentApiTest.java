package itu.tsb.visa.request.review;

import static itu.tsb.visa.support.Api.ADMIN;
import static itu.tsb.visa.support.Api.AUDITOR;
import static itu.tsb.visa.support.Api.SECOND_STAFF;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** A member of staff takes a request to review it, so that two do not review the same one. */
class AssignmentApiTest extends ApiTest {

    private Api.Reply release(long id, itu.tsb.visa.security.CurrentUser as) {
        return api.call(MockMvcRequestBuilders.delete("/api/requests/" + id + "/assignment"), as, null);
    }

    @Test
    void whileOneMemberOfStaffHoldsARequestOnlyTheyDecideOnIt() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        long id = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))),
                201).body().path("id").asLong();
        String take = "/api/requests/" + id + "/assignment";

        assertThat(api.post(take, applicantOf(entity), null).status()).isEqualTo(403);
        JsonNode taken = check(api.post(take, STAFF, null), 200).body();
        assertThat(taken.path("assignedTo").asText()).isEqualTo(STAFF.username());
        check(api.post(take, STAFF, null), 200); // taking it again changes nothing
        // each reader's view says what they may do now, from the same rules that refuse the rest
        assertThat(actions(check(api.get("/api/requests/" + id, STAFF), 200).body())).contains("review", "release")
                .doesNotContain("take");
        assertThat(actions(check(api.get("/api/requests/" + id, SECOND_STAFF), 200).body()))
                .doesNotContain("review", "release", "take").contains("readHistory");
        JsonNode mine = check(api.get("/api/requests/" + id, applicantOf(entity)), 200).body();
        assertThat(actions(mine)).containsExactly("withdraw", "addDocument");
        assertThat(mine.path("assignedTo").isNull()).as("who took it is for staff").isTrue();
        JsonNode page = check(api.get("/api/requests?meeting=" + meeting, STAFF), 200).body();
        assertThat(page.path("items").get(0).path("assignedTo").asText()).isEqualTo(STAFF.username());

        Api.Reply other = check(api.post("/api/requests/" + id + "/review", SECOND_STAFF, Map.of("decision", "APPROVE")), 409);
        assertThat(other.text("detail")).contains("taken by " + STAFF.username());
        assertThat(check(api.post(take, SECOND_STAFF, null), 409).text("detail")).contains("taken by " + STAFF.username());
        assertThat(release(id, SECOND_STAFF).status()).isEqualTo(403);
        // someone away: an admin frees the request
        assertThat(check(release(id, ADMIN), 200).body().path("assignedTo").isNull()).isTrue();

        check(api.post(take, SECOND_STAFF, null), 200);
        JsonNode approved = check(api.post("/api/requests/" + id + "/review", SECOND_STAFF, Map.of("decision", "APPROVE")),
                200).body();
        assertThat(approved.path("assignedTo").isNull()).isTrue(); // the decision ends the taking
        assertThat(check(api.post(take, STAFF, null), 409).text("detail")).contains("only a request under review");

        JsonNode entries = check(api.get("/api/requests/" + id + "/history", AUDITOR), 200).body().path("entries");
        StringBuilder story = new StringBuilder();
        entries.forEach(e -> {
            if (e.path("action").asText().startsWith("REQUEST_")) {
                story.append(e.path("actor").asText()).append(' ').append(e.path("label").asText()).append(' ')
                        .append(e.path("detail").asText()).append('\n');
            }
        });
        assertThat(story.toString()).contains(STAFF.username() + " Taken to review",
                ADMIN.username() + " Released taken by " + STAFF.username(), SECOND_STAFF.username() + " Taken to review");
    }

    private static java.util.List<String> actions(JsonNode view) {
        java.util.List<String> actions = new java.util.ArrayList<>();
        view.path("actions").forEach(a -> actions.add(a.asText()));
        return actions;
    }
}
