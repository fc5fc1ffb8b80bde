package itu.tsb.visa.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import itu.tsb.visa.request.StepForms;

/**
 * The forms as the engine deployed them: the latest definition of the process names each step's form
 * ({@code camunda:formRef}, binding {@code deployment}; the staff intake by the start event's
 * {@code intakeFormRef} property), and the form is the one of that id deployed with it. A deployment never
 * changes, so each is read once.
 */
@Component
class DeployedStepForms implements StepForms {

    static final String START = "StartEvent_RequestReceived";
    static final String CORRECT = "Task_CorrectDetails";
    static final String REVIEW = "Task_ReviewRequest";

    private final RepositoryService repository;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Map<Step, String>> byDefinition = new ConcurrentHashMap<>();

    DeployedStepForms(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public String json(Step step) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery()
                .processDefinitionKey(ProcessVariables.PROCESS_KEY).latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("the process is not deployed");
        }
        String form = byDefinition.computeIfAbsent(latest.getId(), id -> read(latest)).get(step);
        if (form == null) {
            throw new IllegalStateException("the process deployed as " + latest.getId() + " has no form for " + step);
        }
        return form;
    }

    private Map<Step, String> read(ProcessDefinition definition) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        StartEvent start = model.getModelElementById(START);
        Map<Step, String> refs = new HashMap<>();
        refs.put(Step.SUBMISSION, start.getCamundaFormRef());
        refs.put(Step.CORRECTION, ((UserTask) model.getModelElementById(CORRECT)).getCamundaFormRef());
        refs.put(Step.REVIEW, ((UserTask) model.getModelElementById(REVIEW)).getCamundaFormRef());
        if (start.getExtensionElements() != null) {
            start.getExtensionElements().getElementsQuery().filterByType(
                    org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                    .flatMap(p -> p.getCamundaProperties().stream())
                    .filter(p -> "intakeFormRef".equals(p.getCamundaName()))
                    .map(CamundaProperty::getCamundaValue).findFirst().ifPresent(ref -> refs.put(Step.INTAKE, ref));
        }
        Map<String, String> formsById = new HashMap<>();
        for (String name : repository.getDeploymentResourceNames(definition.getDeploymentId())) {
            if (name.endsWith(".form")) {
                String text = resource(definition.getDeploymentId(), name);
                try {
                    formsById.put(json.readTree(text).path("id").asText(), text);
                } catch (IOException e) {
                    throw new IllegalStateException("deployed form " + name + " is not JSON", e);
                }
            }
        }
        Map<Step, String> forms = new HashMap<>();
        refs.forEach((step, ref) -> {
            if (ref != null && formsById.containsKey(ref)) {
                forms.put(step, formsById.get(ref));
            }
        });
        return forms;
    }

    private String resource(String deploymentId, String name) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
