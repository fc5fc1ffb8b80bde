package itu.tsb.visa.request.submission;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import itu.tsb.visa.support.ApiTest;

/** An applicant picks its delegates among its own entity's registrations, never another's. */
class OwnRegistrationsApiTest extends ApiTest {

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anApplicantSeesItsOwnEntitysRegistrationsOnly() {
        long entity = api.memberState();
        long other = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        api.register(meeting, "Kamau", entity, meeting + "-2", "PENDING");
        api.register(meeting, "Nowak", other, meeting + "-3", "APPROVED");

        JsonNode mine = check(api.get("/api/meetings/" + meeting + "/registrations/mine", applicantOf(entity)), 200).body();
        assertThat(mine).hasSize(2);
        assertThat(mine.toString()).contains("Mwangi", "Kamau", "PENDING").doesNotContain("Nowak");
        check(api.get("/api/meetings/" + meeting + "/registrations/mine", STAFF), 403);
        // who read them is in the record
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REGISTRATIONS_READ' and actor = ?"
                + " and detail = ?", Integer.class, applicantOf(entity).username(), "meeting " + meeting + ", own entity"))
                .isEqualTo(1);
    }
}
