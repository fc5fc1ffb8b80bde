package itu.tsb.visa.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

import itu.tsb.visa.request.ProcessRecord;

/**
 * Reads the engine's history of a request's process instance, with the decision tables its steps
 * evaluated (each right after its step). Gateways and the flows between steps are
 * left out: they take no time and the step that follows says which way the request went.
 */
@Component
class CamundaProcessRecord implements ProcessRecord {

    private static final Set<String> ROUTING = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "sequenceFlow");

    private final HistoryService history;

    CamundaProcessRecord(HistoryService history) {
        this.history = history;
    }

    @Override
    public List<Entry> of(Long requestId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessVariables.PROCESS_KEY).processInstanceBusinessKey(requestId.toString())
                .singleResult();
        if (instance == null) {
            return List.of();
        }
        Map<String, List<Entry>> tables = tables(instance.getId());
        List<Entry> entries = new ArrayList<>();
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list()) {
            if (!ROUTING.contains(a.getActivityType())) {
                boolean task = "userTask".equals(a.getActivityType());
                entries.add(new Entry(task ? Kind.TASK : Kind.STEP, a.getActivityId(), a.getActivityName(), instant(a.getStartTime()),
                        instant(a.getEndTime()), task ? a.getAssignee() : null,
                        a.isCanceled() ? "cancelled" : null, null, null));
                tables.getOrDefault(a.getId(), List.of()).forEach(entries::add);
            }
        }
        for (HistoricJobLog failure : history.createHistoricJobLogQuery().processInstanceId(instance.getId())
                .failureLog().orderByTimestamp().asc().list()) {
            entries.add(new Entry(Kind.STEP_FAILED, failure.getActivityId(), null, instant(failure.getTimestamp()),
                    null, null, failure.getJobExceptionMessage(), Math.max(0, failure.getJobRetries() - 1), null));
        }
        for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(instance.getId())
                .orderByCreateTime().asc().list()) {
            entries.add(new Entry(Kind.INCIDENT, incident.getActivityId(), null, instant(incident.getCreateTime()),
                    instant(incident.getEndTime()), null, incident.getIncidentMessage(), null, null));
        }
        return entries;
    }

    /** Each table a step evaluated, by the step's activity instance: it follows that step in the record. */
    private Map<String, List<Entry>> tables(String processInstanceId) {
        Map<String, List<Entry>> byStep = new HashMap<>();
        for (HistoricDecisionInstance d : history.createHistoricDecisionInstanceQuery()
                .processInstanceId(processInstanceId).includeInputs().includeOutputs()
                .orderByEvaluationTime().asc().list()) {
            List<String> rules = new ArrayList<>();
            List<Clause> outputs = new ArrayList<>();
            for (HistoricDecisionOutputInstance o : d.getOutputs()) {
                if (!rules.contains(o.getRuleId())) {
                    rules.add(o.getRuleId());
                }
                outputs.add(new Clause(o.getClauseId(), o.getVariableName(), String.valueOf(o.getValue())));
            }
            List<Clause> inputs = d.getInputs().stream()
                    .map(i -> new Clause(i.getClauseId(), i.getClauseName(), String.valueOf(i.getValue()))).toList();
            Instant at = instant(d.getEvaluationTime());
            byStep.computeIfAbsent(d.getActivityInstanceId(), k -> new ArrayList<>()).add(new Entry(Kind.TABLE,
                    d.getActivityId(), d.getDecisionDefinitionName(), at, at, null, null, null,
                    new Evaluation(d.getDecisionDefinitionKey(), rules, inputs, outputs)));
        }
        return byStep;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
