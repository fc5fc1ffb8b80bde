package itu.tsb.visa.workflow;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import itu.tsb.visa.support.ApiTest;

/**
 * An upgrade with requests under way: instances of the previous process version (kept here as
 * {@code upgrade/visa-request-previous.bpmn}, the version before eligibility became a business rule task)
 * wait at each of its wait states when the current version is deployed; each is carried to its end by
 * the current code, on the version it started on (the engine never moves a running instance by itself).
 * A process change that today's code could not carry an old instance through would fail here: it then
 * needs a migration plan (see src/docs/operations.md).
 */
class UpgradeFromPreviousVersionApiTest extends ApiTest {

    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private HistoryService history;

    private static final String REPLACED = "started again on the previous version";

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void undeploy() {
        // the instances of these deployments go with them; the version deployed at start is the latest again
        deployments.forEach(id -> repository.deleteDeployment(id, true, true));
        deployments.clear();
    }

    private String deploy(String name, String bpmn) throws IOException {
        DeploymentBuilder deployment = repository.createDeployment().name(name)
                .addString("visa-request.bpmn", bpmn).addString("eligibility.dmn", resource("bpmn/eligibility.dmn"));
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path file : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                deployment.addString(file.getFileName().toString(), Files.readString(file));
            }
        }
        String id = deployment.deploy().getId();
        deployments.add(id);
        return repository.createProcessDefinitionQuery().deploymentId(id).singleResult().getId();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = UpgradeFromPreviousVersionApiTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The request's process as the previous build left it: an instance of the previous version waiting
     * at {@code activity}, with the variables the process holds (the request's id and its deadlines).
     */
    private void onPreviousVersion(long requestId, String previous, String activity) {
        ProcessInstance now = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(requestId))
                .singleResult();
        Map<String, Object> variables = new LinkedHashMap<>(runtime.getVariables(now.getId()));
        runtime.deleteProcessInstance(now.getId(), REPLACED, true, true);
        runtime.createProcessInstanceById(previous).businessKey(String.valueOf(requestId)).setVariables(variables)
                .startBeforeActivity(activity).execute();
    }

    private String status(long id) {
        return check(api.get("/api/requests/" + id, STAFF), 200).body().path("status").asText();
    }

    private HistoricProcessInstance process(long id) {
        // not the one this test deleted to start the request again on the previous version
        List<HistoricProcessInstance> runs = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(id)).list().stream()
                .filter(p -> !REPLACED.equals(p.getDeleteReason())).toList();
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }

    /** The ended process's steps (an end event within an event subprocess ends the subprocess, then the process). */
    private List<String> ended(long id) {
        HistoricProcessInstance run = process(id);
        assertThat(run.getEndTime()).as("request %d's process ended", id).isNotNull();
        return history.createHistoricActivityInstanceQuery().processInstanceId(run.getId()).list().stream()
                .map(a -> a.getActivityId()).toList();
    }

    private long submitted(long entity, String meeting, String family, String number, Map<String, Object> person) {
        long id = check(api.post("/api/requests", applicantOf(entity), request(meeting, person)), 201).body()
                .path("id").asLong();
        jobs.runDue();
        return id;
    }

    @Test
    void instancesOfThePreviousVersionAtEachWaitStateReachTheirEndAfterTheCurrentOneIsDeployed() throws IOException {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        long pendingRegistration = api.register(meeting, "Achieng", entity, meeting + "-1", "PENDING");
        api.register(meeting, "Baraka", entity, meeting + "-2", "APPROVED");
        api.register(meeting, "Chebet", entity, meeting + "-3", "APPROVED");
        api.register(meeting, "Dalmas", entity, meeting + "-4", "APPROVED");
        api.register(meeting, "Emali", entity, meeting + "-5", "APPROVED");
        api.register(meeting, "Fumo", entity, meeting + "-6", "APPROVED");
        api.register(meeting, "Gathoni", entity, meeting + "-7", "APPROVED");

        long waiting = submitted(entity, meeting, "Achieng", meeting + "-1", person("Achieng", meeting + "-1"));
        long correcting = submitted(entity, meeting, "Baraka", meeting + "-2", person("Baraka", meeting + "-2"));
        check(api.post("/api/requests/" + correcting + "/review", STAFF, Map.of("decision", "REQUEST_CHANGES",
                "comment", "Give the passport as renewed")), 200);
        long reviewing = submitted(entity, meeting, "Chebet", meeting + "-3", person("Chebet", meeting + "-3"));
        long printing = submitted(entity, meeting, "Dalmas", meeting + "-4", person("Dalmas", meeting + "-4"));
        long withdrawing = submitted(entity, meeting, "Emali", meeting + "-5", person("Emali", meeting + "-5"));
        long expiringOpen = submitted(entity, meeting, "Fumo", meeting + "-6", person("Fumo", meeting + "-6"));
        // approved, its letters not yet made (their step waits for the job executor)
        check(api.post("/api/requests/" + printing + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        assertThat(List.of(status(waiting), status(correcting), status(reviewing), status(printing), status(withdrawing),
                status(expiringOpen))).containsExactly("AWAITING_REGISTRATION", "CHANGES_REQUESTED", "UNDER_REVIEW",
                        "APPROVED", "UNDER_REVIEW", "UNDER_REVIEW");

        // the previous build's instances, each where its request waits
        String previous = deploy("the previous version", resource("upgrade/visa-request-previous.bpmn"));
        onPreviousVersion(waiting, previous, "Gateway_AwaitRegistration");
        onPreviousVersion(correcting, previous, "Task_CorrectDetails");
        onPreviousVersion(reviewing, previous, "Task_ReviewRequest");
        onPreviousVersion(printing, previous, "Task_GenerateLetters");
        onPreviousVersion(withdrawing, previous, "Task_ReviewRequest");
        onPreviousVersion(expiringOpen, previous, "Task_ReviewRequest");

        // the upgrade: the current version deployed again, the latest from now on
        String current = deploy("the current version", resource("bpmn/visa-request.bpmn"));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Process_VisaRequest").latestVersion()
                .singleResult().getId()).isEqualTo(current);
        long fresh = submitted(entity, meeting, "Gathoni", meeting + "-7", person("Gathoni", meeting + "-7"));
        assertThat(process(fresh).getProcessDefinitionId()).isEqualTo(current);

        api.setRegistrationStatus(pendingRegistration, "APPROVED");
        jobs.runDue();
        assertThat(status(waiting)).isEqualTo("UNDER_REVIEW");
        check(api.put("/api/requests/" + correcting + "/participants", applicantOf(entity), Map.of("participants",
                List.of(Map.of("id", check(api.get("/api/requests/" + correcting, STAFF), 200).body().path("participants")
                        .get(0).path("id").asLong(), "details", person("Baraka", meeting + "-2"))),
                "answer", "The passport was renewed.")), 200);
        jobs.runDue();
        assertThat(status(correcting)).isEqualTo("UNDER_REVIEW");
        for (long id : List.of(waiting, correcting, reviewing)) {
            check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        }
        check(api.post("/api/requests/" + withdrawing + "/withdraw", applicantOf(entity), null), 200);
        jobs.runDue();

        for (long id : List.of(waiting, correcting, reviewing, printing)) {
            assertThat(status(id)).as("request %d", id).isEqualTo("LETTER_ISSUED");
            assertThat(process(id).getProcessDefinitionId()).isEqualTo(previous);
            assertThat(ended(id)).contains("EndEvent_LetterIssued");
        }
        assertThat(status(withdrawing)).isEqualTo("WITHDRAWN");
        assertThat(ended(withdrawing)).contains("EndEvent_RequestWithdrawn");

        // the meeting's first day: the previous version's timer expires what is still open
        clock.setDay(java.time.LocalDate.of(2010, 6, 14));
        jobs.runDue();
        assertThat(status(expiringOpen)).isEqualTo("EXPIRED");
        assertThat(process(expiringOpen).getProcessDefinitionId()).isEqualTo(previous);
        assertThat(ended(expiringOpen)).contains("EndEvent_RequestExpired");
    }
}
