package itu.tsb.visa.workflow;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/**
 * The server checks each step's submission against the form deployed with the process: for each form, the
 * process is deployed again with one constraint of that form changed (as the Camunda Modeler would save it),
 * and what the API accepts changes with it, with no other change; removing that deployment restores it.
 */
class DeployedFormsApiTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private RepositoryService repository;

    private String changed;

    @AfterEach
    void undeploy() {
        restore();
    }

    private void restore() {
        if (changed != null) {
            repository.deleteDeployment(changed, true);
            changed = null;
        }
    }

    /** The process and its forms deployed again, the form with this id changed; the latest version from now. */
    private void deployWith(String formId, Consumer<ObjectNode> change) throws IOException {
        DeploymentBuilder deployment = repository.createDeployment().name("a form changed in a test")
                .addString("visa-request.bpmn", resource("bpmn/visa-request.bpmn"))
                .addString("eligibility.dmn", resource("bpmn/eligibility.dmn"));
        boolean found = false;
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path file : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                ObjectNode form = (ObjectNode) JSON.readTree(file.toFile());
                if (form.path("id").asText().equals(formId)) {
                    change.accept(form);
                    found = true;
                }
                deployment.addString(file.getFileName().toString(), JSON.writeValueAsString(form));
            }
        }
        assertThat(found).as("form " + formId).isTrue();
        changed = deployment.deploy().getId();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DeployedFormsApiTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The component of this key, anywhere in the form. */
    private static ObjectNode field(JsonNode components, String key) {
        for (JsonNode c : components) {
            if (key.equals(c.path("key").asText())) {
                return (ObjectNode) c;
            }
            ObjectNode inner = field(c.path("components"), key);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static Consumer<ObjectNode> validate(String key, String rule, Object value) {
        return form -> {
            ObjectNode validate = field(form.path("components"), key).with("validate");
            if (value instanceof Integer n) {
                validate.put(rule, n);
            } else if (value instanceof Boolean b) {
                validate.put(rule, b);
            } else {
                validate.put(rule, (String) value);
            }
        };
    }

    @Test
    void theSubmissionFormSaysHowLongAFamilyNameMayBe() throws IOException {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        deployWith("visa-submission", validate("familyName", "maxLength", 5));

        Api.Reply refused = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))), 400);
        assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo("participants[0].familyName");
        assertThat(refused.body().path("errors").get(0).path("message").asText()).isEqualTo("must have at most 5 characters");
        Api.Reply french = check(api.call(post("/api/requests").header("Accept-Language", "fr"), applicantOf(entity),
                request(meeting, person("Mwangi", meeting + "-1"))), 400);
        assertThat(french.body().path("errors").get(0).path("message").asText()).isEqualTo("doit compter au plus 5 caractères");

        restore();
        check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))), 201);
    }

    @Test
    void theIntakeFormCanRequireTheDayAFaxWasReceived() throws IOException {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        api.register(meeting, "Otieno", entity, meeting + "-2", "APPROVED");
        deployWith("visa-intake", validate("receivedAt", "required", true));

        Api.Reply refused = check(api.post("/api/requests", STAFF, fax(entity, meeting, "Mwangi", "-1")), 400);
        assertThat(Api.fields(refused)).containsExactly("receivedAt");
        // applicants do not fill in the intake form
        check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Otieno", meeting + "-2"))), 201);

        restore();
        check(api.post("/api/requests", STAFF, fax(entity, meeting, "Mwangi", "-1")), 201);
    }

    private static Map<String, Object> fax(long entity, String meeting, String name, String suffix) {
        Map<String, Object> body = new LinkedHashMap<>(request(meeting, person(name, meeting + suffix)));
        body.put("entityId", entity);
        body.put("channel", "FAX");
        return body;
    }

    @Test
    void theCorrectionFormSaysHowAPassportNumberIsWritten() throws IOException {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        long id = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))),
                201).body().path("id").asLong();
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "REQUEST_CHANGES", "comment",
                "Give the passport number as printed")), 200);
        JsonNode view = check(api.get("/api/requests/" + id, applicantOf(entity)), 200).body();
        assertThat(view.path("status").asText()).isEqualTo("CHANGES_REQUESTED");
        long pid = view.path("participants").get(0).path("id").asLong();
        Map<String, Object> corrected = person("Mwangi", meeting + "-1");
        deployWith("visa-correction", validate("number", "pattern", "^[A-Z]{2}[0-9]{7}$"));

        Api.Reply refused = check(api.put("/api/requests/" + id + "/participants/" + pid, applicantOf(entity), corrected), 400);
        assertThat(Api.fields(refused)).containsExactly("passport.number");

        restore();
        check(api.put("/api/requests/" + id + "/participants/" + pid, applicantOf(entity), corrected), 200);
    }

    @Test
    void theReviewFormCanRequireAComment() throws IOException {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        long id = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))), 201)
                .body().path("id").asLong();
        jobs.runDue();
        deployWith("visa-review", validate("comment", "required", true));

        Api.Reply refused = check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 400);
        assertThat(Api.fields(refused)).containsExactly("comment");
        assertThat(refused.text("detail")).isNotBlank();

        restore();
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
    }

    @Test
    void thePagesReadTheDeployedForms() {
        JsonNode submission = check(api.get("/api/forms/submission", applicantOf(api.memberState())), 200).body();
        assertThat(submission.path("id").asText()).isEqualTo("visa-submission");
        assertThat(check(api.get("/api/forms/review", STAFF), 200).body().path("id").asText()).isEqualTo("visa-review");
        assertThat(check(api.get("/api/forms/nothing", STAFF), 404).contentType()).contains("problem+json");
        JsonNode countries = check(api.call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/countries").header("Accept-Language", "fr"), STAFF, null), 200).body();
        assertThat(countries.toString()).contains("{\"value\":\"CH\",\"label\":\"Suisse\"}");
    }
}
