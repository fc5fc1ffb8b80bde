package itu.tsb.visa.request;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.support.PostgresApiTest;

/**
 * On PostgreSQL a part of a reference is searched through the trigram index (migration V25), not by reading
 * every reference, and a family name through its keyed hash, both in one search.
 */
class ReferenceSearchPostgresIT extends PostgresApiTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void aPartOfAReferenceIsFoundThroughTheTrigramIndex() {
        assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname = 'ix_request_reference_part'",
                Integer.class)).isEqualTo(1);
        // the planner can answer the search's condition from the index (with few rows it would rather scan)
        List<String> plan = new TransactionTemplate(transactions).execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForList("explain select id from visa_request where upper(reference) like '%SG13/20%'"
                    + " escape '\\' or id in (1, 2)", String.class);
        });
        assertThat(String.join("\n", plan)).contains("ix_request_reference_part");
    }

    @Test
    void aSearchFindsARequestByAPartOfItsReferenceAndByAFamilyName() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Quennevillard", entity, meeting + "-Q1", "APPROVED");
        JsonNode made = check(api.post("/api/requests", applicantOf(entity),
                request(meeting, person("Quennevillard", meeting + "-Q1"))), 201).body();
        long id = made.path("id").asLong();
        String reference = made.path("reference").asText();
        String part = reference.substring(reference.length() - 7).toLowerCase();

        assertThat(ids(api.get("/api/requests?q=" + part, STAFF).body())).contains(id);
        assertThat(ids(api.get("/api/requests?q=QUENNEVILLARD", STAFF).body())).containsExactly(id);
        assertThat(ids(api.get("/api/requests?q=Quennevil", STAFF).body())).doesNotContain(id); // a whole name
    }

    private static List<Long> ids(JsonNode page) {
        return page.path("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }
}
