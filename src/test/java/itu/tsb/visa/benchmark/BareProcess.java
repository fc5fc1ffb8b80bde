package itu.tsb.visa.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The engine's own cost of this product's process: {@code bpmn/visa-request.bpmn} as deployed, with its
 * eligibility table and forms, under another key, each step's delegate replaced by one that only sets the
 * routing fact a request that passes every rule gets (transient, as the real ones), and the same process
 * variables and business key at the start. What the lifecycle costs beyond this is the domain's.
 */
final class BareProcess {

    static final String KEY = "Process_Bare";

    private BareProcess() {
    }

    /** Deploys it and registers its delegates (by names the process's own delegates do not use). */
    static void deploy(ConfigurableApplicationContext app) throws IOException {
        Map<String, Object> delegates = Map.of(
                "bareCheckMeetingAhead", route("meetingAhead", true),
                "bareAskEligibility", (ExecutionListener) execution -> {
                    execution.setVariableLocal("entityCategory", Variables.stringValue("MEMBER_STATE", true));
                    execution.setVariableLocal("eligibleCategories", Variables.untypedValue(
                            List.of("ASSOCIATE", "MEMBER_STATE", "SECTOR_MEMBER"), true));
                    execution.setVariableLocal("membershipActive", Variables.booleanValue(true, true));
                },
                "bareConcludeEligibility", (ExecutionListener) execution -> execution.setVariable("eligible",
                        Variables.booleanValue(((DmnDecisionResult) execution.getVariableLocal("decisionResult"))
                                .getSingleResult().<Boolean>getEntry("eligible"), true)),
                "bareCheckSubmissionWindow", route("inWindow", true),
                "bareCheckRegistrations", route("registrations", "CONFIRMED"),
                "bareCheckTravelDocuments", route("detailsValid", true));
        delegates.forEach(app.getBeanFactory()::registerSingleton);

        String bpmn = text("bpmn/visa-request.bpmn").replace("id=\"Process_VisaRequest\"", "id=\"" + KEY + "\"");
        for (String name : List.of("checkMeetingAhead", "askEligibility", "concludeEligibility",
                "checkSubmissionWindow", "checkRegistrations", "checkTravelDocuments")) {
            String bare = "bare" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            bpmn = bpmn.replace("${" + name + "}", "${" + bare + "}");
        }
        DeploymentBuilder deployment = app.getBean(ProcessEngine.class).getRepositoryService().createDeployment()
                .name("bare process (benchmark)").addString("bare.bpmn", bpmn)
                .addString("eligibility.dmn", text("bpmn/eligibility.dmn"));
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
            deployment.addString(form.getFilename(), form.getContentAsString(StandardCharsets.UTF_8));
        }
        deployment.deploy();
    }

    /** One instance, started as the product starts a request's (its id as business key and variable, three deadlines). */
    static void start(ProcessEngine engine, long id) {
        Instant now = Instant.now();
        engine.getRuntimeService().createProcessInstanceByKey(KEY).businessKey(Long.toString(id))
                .setVariables(Variables.createVariables().putValue("requestId", id)
                        .putValue("registrationWaitEnds", Date.from(now.plus(14, ChronoUnit.DAYS)))
                        .putValue("reviewEscalatesAt", Date.from(now.plus(80, ChronoUnit.DAYS)))
                        .putValue("meetingBegins", Date.from(now.plus(90, ChronoUnit.DAYS))))
                .execute();
    }

    private static JavaDelegate route(String fact, Object value) {
        return execution -> execution.setVariable(fact, Variables.untypedValue(value, true));
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = BareProcess.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
