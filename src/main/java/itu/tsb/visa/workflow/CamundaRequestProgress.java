package itu.tsb.visa.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import itu.tsb.visa.request.RequestProgress;

@Component
class CamundaRequestProgress implements RequestProgress {

    private final HistoryService history;
    private final RuntimeService runtime;
    private final ManagementService management;

    CamundaRequestProgress(HistoryService history, RuntimeService runtime, ManagementService management) {
        this.history = history;
        this.runtime = runtime;
        this.management = management;
    }

    @Override
    public Progress of(Long requestId) {
        HistoricProcessInstance instance = instance(requestId);
        if (instance == null) {
            return new Progress(List.of(), List.of(), List.of());
        }
        List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().list();
        List<String> passed = steps.stream().filter(s -> s.getEndTime() != null)
                .map(HistoricActivityInstance::getActivityId).distinct().toList();
        // the runtime also knows steps waiting in an async continuation, which history has not started yet
        List<String> active = instance.getEndTime() != null ? List.of()
                : runtime.getActiveActivityIds(instance.getId()).stream().distinct().toList();
        List<Incident> incidents = runtime.createIncidentQuery().processInstanceId(instance.getId()).list().stream()
                .map(i -> new Incident(i.getActivityId(), i.getIncidentMessage())).toList();
        return new Progress(passed, active, incidents);
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
