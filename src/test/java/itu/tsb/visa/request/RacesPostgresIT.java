package itu.tsb.visa.request;

import static itu.tsb.visa.support.Api.SECOND_STAFF;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.PostgresApiTest;

/**
 * Races that must leave one person with one valid letter, fired many times from threads at once on
 * PostgreSQL, with a pool large enough for every thread to hold a connection of its own. Each round's
 * outcome is counted; any round that ends with two letters for a person, or a withdrawn request with a
 * valid letter, or an answer other than the ones a person can act on, fails the test.
 */
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=8")
class RacesPostgresIT extends PostgresApiTest {

    private static final int ROUNDS = 20;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ManagementService management;
    @Autowired
    private RuntimeService runtime;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** Runs both calls at the same moment (as near as two threads can) and returns both results. */
    private <A, B> Object[] together(Callable<A> first, Callable<B> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<A> a = threads.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return first.call();
        });
        Future<B> b = threads.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return second.call();
        });
        return new Object[] {a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS)};
    }

    @Test
    void twoSubmissionsNamingOnePersonAtOnceStoreOneRequestAndTellTheOtherWhichOneHoldsThePerson() throws Exception {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        CurrentUser applicant = applicantOf(entity);
        int bothAccepted = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String number = meeting + "-" + round;
            api.register(meeting, "Mwangi", entity, number, "APPROVED");
            Map<String, Object> body = request(meeting, person("Mwangi", number));

            Object[] replies = together(() -> api.post("/api/requests", applicant, body),
                    () -> api.post("/api/requests", applicant, body));

            List<Api.Reply> accepted = new ArrayList<>();
            List<Api.Reply> refused = new ArrayList<>();
            for (Object o : replies) {
                Api.Reply r = (Api.Reply) o;
                (r.status() == 201 ? accepted : refused).add(r);
            }
            if (accepted.size() == 2) {
                bothAccepted++;
                continue;
            }
            assertThat(accepted).as("round %d: one of the two is stored", round).hasSize(1);
            Api.Reply loser = refused.get(0);
            String winner = accepted.get(0).text("reference");
            // the very answer a submission made after the first one gets
            assertThat(loser.status()).as("round %d", round).isEqualTo(400);
            assertThat(loser.body().path("errors").get(0).path("field").asText())
                    .isEqualTo("participants[0].registrationNumber");
            assertThat(loser.body().path("errors").get(0).path("message").asText())
                    .contains("already on request " + winner);
        }
        assertThat(bothAccepted).as("rounds in which both submissions were stored").isZero();
        assertThat(jdbc.queryForObject("select count(*) from participant p join visa_request r on r.id = p.request_id"
                + " join meeting m on m.id = r.meeting_id where m.code = ?", Integer.class, meeting)).isEqualTo(ROUNDS);
    }

    @Test
    void aWithdrawalAtTheMomentTheLettersArePrintedNeverLeavesAWithdrawnRequestWithAValidLetter() throws Exception {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        CurrentUser applicant = applicantOf(entity);
        List<Integer> withdrawAnswers = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String number = meeting + "-" + round;
            api.register(meeting, "Mwangi", entity, number, "APPROVED");
            long id = check(api.post("/api/requests", applicant, request(meeting, person("Mwangi", number))), 201)
                    .body().path("id").asLong();
            ids.add(id);
            check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
            String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(id))
                    .singleResult().getId();
            Job letters = management.createJobQuery().processInstanceId(instance).executable().singleResult();
            assertThat(letters).as("round %d: the letters wait for the job", round).isNotNull();

            // the withdrawal starts a little later each round: from the same moment as the printing to well
            // after it has committed, while the step that tells the applicant has not run yet
            long delay = round * 5L;
            Object[] results = together(() -> {
                try {
                    management.executeJob(letters.getId());
                    return "printed";
                } catch (RuntimeException lost) {
                    return "lost: " + lost.getClass().getSimpleName();
                }
            }, () -> {
                Thread.sleep(delay);
                return api.post("/api/requests/" + id + "/withdraw", applicant, null);
            });
            jobs.runDue();
            Api.Reply withdrawal = (Api.Reply) results[1];
            withdrawAnswers.add(withdrawal.status());
            assertThat(withdrawal.status()).as("round %d: %s", round, withdrawal.body()).isIn(200, 409);
            if (withdrawal.status() == 409) {
                assertThat(withdrawal.contentType()).contains("application/problem+json");
            }
        }
        for (long id : ids) {
            String status = jdbc.queryForObject("select status from visa_request where id = ?", String.class, id);
            int valid = jdbc.queryForObject("select count(*) from letter where request_id = ? and status = 'ISSUED'",
                    Integer.class, id);
            assertThat(status).isIn("WITHDRAWN", "LETTER_ISSUED");
            assertThat(valid).as("request %d is %s", id, status).isEqualTo(status.equals("WITHDRAWN") ? 0 : 1);
        }
        assertThat(withdrawAnswers).as("every withdrawal answered").hasSize(ROUNDS);
    }

    @Test
    void twoStaffDecidingAtOnceGetOneDecisionStoredAndAConflictToRetryForTheOther() throws Exception {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        CurrentUser applicant = applicantOf(entity);
        int conflicts = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String number = meeting + "-" + round;
            api.register(meeting, "Mwangi", entity, number, "APPROVED");
            long id = check(api.post("/api/requests", applicant, request(meeting, person("Mwangi", number))), 201)
                    .body().path("id").asLong();

            Object[] replies = together(
                    () -> api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")),
                    () -> api.post("/api/requests/" + id + "/review", SECOND_STAFF,
                            Map.of("decision", "REJECT", "comment", "The delegation is complete without this person.")));

            int ok = 0;
            for (Object o : replies) {
                Api.Reply r = (Api.Reply) o;
                assertThat(r.status()).as("round %d: %s", round, r.body()).isIn(200, 409);
                assertThat(r.contentType()).contains("json");
                if (r.status() == 200) {
                    ok++;
                } else {
                    conflicts++;
                }
            }
            assertThat(ok).as("round %d: exactly one decision is taken", round).isEqualTo(1);
            jobs.runDue();
            assertThat(jdbc.queryForObject("select status from visa_request where id = ?", String.class, id))
                    .isIn("LETTER_ISSUED", "REJECTED");
            assertThat(jdbc.queryForObject("select count(*) from decision where request_id = ? and rule = 'REVIEW'",
                    Integer.class, id)).as("round %d: one review decision recorded", round).isEqualTo(1);
        }
        assertThat(conflicts).isEqualTo(ROUNDS);
    }
}
