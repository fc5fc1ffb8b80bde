package itu.tsb.visa.request.review;

import static itu.tsb.visa.support.Api.SECOND_STAFF;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** Who typed a request in, or corrected a person on it, does not approve it alone: another member of staff does. */
class FourEyesApiTest extends ApiTest {

    private static final Map<String, String> APPROVE = Map.of("decision", "APPROVE");

    @Test
    void theStaffMemberWhoRecordedAFaxCannotApproveItAnotherOneCan() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        Map<String, Object> fax = new LinkedHashMap<>(request(meeting, person("Mwangi", meeting + "-1")));
        fax.put("entityId", entity);
        fax.put("channel", "FAX");
        long id = check(api.post("/api/requests", STAFF, fax), 201).body().path("id").asLong();
        // the request page says it before approval is tried, to that member of staff only
        assertThat(api.get("/api/requests/" + id, STAFF).text("approvalRefusal")).startsWith("You recorded this request");
        assertThat(api.get("/api/requests/" + id, SECOND_STAFF).body().path("approvalRefusal").isNull()).isTrue();
        assertThat(api.get("/api/requests/" + id, applicantOf(entity)).body().path("approvalRefusal").isNull()).isTrue();

        Api.Reply alone = check(api.post("/api/requests/" + id + "/review", STAFF, APPROVE), 403);
        assertThat(alone.text("detail")).startsWith("You recorded this request, received by fax: another member of TSB"
                + " staff must approve it");
        Api.Reply enFrancais = check(api.call(post("/api/requests/" + id + "/review").header("Accept-Language", "fr"),
                STAFF, APPROVE), 403);
        assertThat(enFrancais.text("detail")).startsWith("Vous avez saisi cette demande, reçue par télécopie : un autre"
                + " membre du personnel du TSB doit l’approuver");
        assertThat(api.get("/api/requests/" + id, STAFF).body().path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(check(api.post("/api/requests/" + id + "/review", SECOND_STAFF, APPROVE), 200).body().path("status")
                .asText()).isEqualTo("APPROVED");
    }

    @Test
    void theStaffMemberWhoCorrectedAPersonCannotApproveTheRequest() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        long id = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))),
                201).body().path("id").asLong();
        var asked = check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "REQUEST_CHANGES",
                "comment", "The function is missing a word")), 200).body();
        long pid = asked.path("participants").get(0).path("id").asLong();
        Map<String, Object> corrected = person("Mwangi", meeting + "-1");
        corrected.put("function", "Senior engineer");
        // the applicant phoned: the second member of staff corrects it for them
        check(api.put("/api/requests/" + id + "/participants/" + pid, SECOND_STAFF, corrected), 200);

        Api.Reply alone = check(api.post("/api/requests/" + id + "/review", SECOND_STAFF, APPROVE), 403);
        assertThat(alone.text("detail")).startsWith("You corrected a person's details on this request");
        check(api.post("/api/requests/" + id + "/review", STAFF, APPROVE), 200);
    }

    @Test
    void anApplicantsOwnRequestIsApprovedByAnyMemberOfStaff() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        long id = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))),
                201).body().path("id").asLong();

        check(api.post("/api/requests/" + id + "/review", STAFF, APPROVE), 200);
    }
}
