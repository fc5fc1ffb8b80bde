package itu.tsb.visa.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

import itu.tsb.visa.request.RequestProgress;

@Component
class CamundaRequestProgress implements RequestProgress {

    private final HistoryService history;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;

    CamundaRequestProgress(HistoryService history, RuntimeService runtime, ManagementService management,
            RepositoryService repository) {
        this.history = history;
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
    }

    @Override
    public Progress of(Long requestId) {
        HistoricProcessInstance instance = instance(requestId);
        if (instance == null) {
            return new Progress(List.of(), List.of(), List.of(), java.util.Map.of());
        }
        List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().list();
        List<String> passed = new java.util.ArrayList<>(steps.stream().filter(s -> s.getEndTime() != null)
                .map(HistoricActivityInstance::getActivityId).distinct().toList());
        // the runtime also knows steps waiting in an async continuation, which history has not started yet
        List<String> active = instance.getEndTime() != null ? List.of()
                : runtime.getActiveActivityIds(instance.getId()).stream().distinct().toList();
        // gateways are not kept in history (KeptHistory): one was passed when a step it leads to was reached
        // (the flows, not the gateways' outgoing references, which a hand-written model may leave out)
        for (SequenceFlow flow : repository.getBpmnModelInstance(instance.getProcessDefinitionId())
                .getModelElementsByType(SequenceFlow.class)) {
            String target = flow.getTarget().getId();
            if (flow.getSource() instanceof Gateway gateway && !passed.contains(gateway.getId())
                    && (passed.contains(target) || active.contains(target))) {
                passed.add(gateway.getId());
            }
        }
        List<Incident> incidents = runtime.createIncidentQuery().processInstanceId(instance.getId()).list().stream()
                .map(i -> new Incident(i.getActivityId(), i.getIncidentMessage())).toList();
        java.util.Map<String, Integer> times = new java.util.TreeMap<>();
        steps.stream().filter(s -> s.getEndTime() != null).forEach(s -> times.merge(s.getActivityId(), 1, Integer::sum));
        return new Progress(passed, active, incidents, times);
    }

    @Override
    public int retryFailedSteps(Long requestId) {
        HistoricProcessInstance instance = instance(requestId);
        if (instance == null) {
            return 0;
        }
        List<Job> failed = management.createJobQuery().processInstanceId(instance.getId()).noRetriesLeft().list();
        failed.forEach(job -> management.setJobRetries(job.getId(), 1));
        return failed.size();
    }

    @Override
    public String diagram() {
        try (InputStream in = getClass().getResourceAsStream("/bpmn/visa-request.bpmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HistoricProcessInstance instance(Long requestId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY)
                .processInstanceBusinessKey(requestId.toString()).singleResult();
    }
}
