package itu.tsb.visa.workflow;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.support.ApiTest;

/** Letter generation that keeps failing becomes a visible incident; staff retry it and the request goes on. */
class FailedLetterStepApiTest extends ApiTest {

    @Autowired
    private ManagementService management;
    @Autowired
    private org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** A request of one confirmed person from the entity, submitted: it waits for TSB's review. */
    private long underReview(long entity) {
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        return check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))),
                201).body().path("id").asLong();
    }

    /**
     * A run that lost a race for its rows (another node ran the same job, or another transaction changed the
     * request) is not a failure: the job keeps its retries and is not put off by the step's retry cycle (5
     * minutes), and the next run issues the letters.
     */
    @Test
    void aRunThatLostARaceIsNotAFailure() {
        long entity = api.memberState();
        long id = underReview(entity);
        doThrow(new OptimisticLockingException("updated by another transaction concurrently")).doCallRealMethod()
                .when(letters).issueFor(anyLong());
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                .singleResult().getId();
        Job job = management.createJobQuery().processInstanceId(instance).executable().singleResult();
        int retries = job.getRetries();

        assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(OptimisticLockingException.class);

        assertThat(jdbc.queryForMap("select retries_, lock_exp_time_ from act_ru_job where id_ = ?", job.getId()))
                .containsEntry("RETRIES_", retries).containsEntry("LOCK_EXP_TIME_", null);
        jobs.runDue();
        assertThat(api.get("/api/requests/" + id, STAFF).body().path("status").asText()).isEqualTo("LETTER_ISSUED");
    }

    @Test
    void repeatedFailureIsAnIncidentStaffCanRetry() {
        long entity = api.memberState();
        long id = underReview(entity);
        doThrow(new IllegalStateException("letter storage unavailable")).when(letters).issueFor(anyLong());
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        assertThat(api.post("/api/requests/" + id + "/retry", STAFF, null).status()).isEqualTo(409);

        for (int attempt = 0; attempt < 3; attempt++) {
            String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                    .singleResult().getId();
            Job job = management.createJobQuery().processInstanceId(instance).executable().singleResult();
            try {
                management.executeJob(job.getId());
            } catch (IllegalStateException expected) {
                // the step failed; the engine keeps the job with one retry fewer
            }
            clock.set(clock.instant().plusSeconds(6 * 60));
        }

        JsonNode progress = check(api.get("/api/requests/" + id + "/progress", STAFF), 200).body();
        assertThat(progress.path("incidents").get(0).path("step").asText()).isEqualTo("Task_GenerateLetters");
        assertThat(progress.path("incidents").get(0).path("message").asText()).contains("letter storage unavailable");
        assertThat(progress.path("active").toString()).contains("Task_GenerateLetters");
        assertThat(api.get("/api/requests/" + id, STAFF).body().path("status").asText()).isEqualTo("APPROVED");
        assertThat(api.post("/api/requests/" + id + "/retry", applicantOf(entity), null).status()).isEqualTo(403);

        doCallRealMethod().when(letters).issueFor(anyLong());
        assertThat(check(api.post("/api/requests/" + id + "/retry", STAFF, null), 200).body().path("retried").asInt())
                .isEqualTo(1);
        jobs.runDue();

        assertThat(api.get("/api/requests/" + id, STAFF).body().path("status").asText()).isEqualTo("LETTER_ISSUED");
        assertThat(check(api.get("/api/requests/" + id + "/progress", STAFF), 200).body().path("passed").toString())
                .contains("Task_GenerateLetters", "Task_NotifyApplicant", "EndEvent_LetterIssued");

        // the auditor's history holds each failed attempt, the incident and its resolution, and the retry
        JsonNode entries = check(api.get("/api/requests/" + id + "/history", itu.tsb.visa.support.Api.AUDITOR), 200)
                .body().path("entries");
        java.util.List<String> failures = new java.util.ArrayList<>();
        java.util.List<String> incidents = new java.util.ArrayList<>();
        java.util.List<String> actions = new java.util.ArrayList<>();
        entries.forEach(e -> {
            actions.add(e.path("action").asText());
            if (e.path("kind").asText().equals("failure")) {
                failures.add(e.path("label").asText() + ": " + e.path("detail").asText());
            }
            if (e.path("kind").asText().equals("incident")) {
                incidents.add(e.path("detail").asText());
            }
        });
        assertThat(failures).containsExactly(
                "Generate letters: failed: letter storage unavailable; 2 retries left",
                "Generate letters: failed: letter storage unavailable; 1 retry left",
                "Generate letters: failed: letter storage unavailable; no retry left");
        assertThat(incidents).singleElement().satisfies(d -> assertThat(d)
                .startsWith("failed after its last retry: letter storage unavailable; resolved 3 May 2010 "));
        assertThat(actions).containsSubsequence("STEP_FAILED_Task_GenerateLetters", "INCIDENT_Task_GenerateLetters",
                "FAILED_STEP_RETRIED", "STEP_EndEvent_LetterIssued");
    }
}
