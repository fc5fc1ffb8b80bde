package itu.tsb.visa.workflow;

import java.util.List;

import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Writes the engine's history at level full, but only what the auditor's record reads: every step of a
 * process (activity instances), tasks and who completed them, incidents, the failed attempts of a job,
 * process instances and decisions. Left out: gateways (they take no time, and the step after one says
 * which way it went; the diagram infers them), process variables and their every change (routing flags
 * and timer dates, which the decisions record in words), candidate-group links, and the log of jobs
 * created, run and deleted without failing. A completed request's engine history went from 57 KB to
 * about 15 KB (see src/docs/benchmarks.md).
 */
final class KeptHistory implements HistoryEventHandler {

    private final HistoryEventHandler database = new DbHistoryEventHandler();

    @Override
    public void handleEvent(HistoryEvent event) {
        if (kept(event)) {
            database.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        for (HistoryEvent event : events) {
            handleEvent(event);
        }
    }

    static boolean kept(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity || event instanceof HistoricIdentityLinkLogEventEntity) {
            return false;
        }
        if (event instanceof HistoricActivityInstanceEventEntity step) {
            // its start and its end alike, so that no end looks for a start that was not written
            return step.getActivityType() == null || !step.getActivityType().endsWith("Gateway");
        }
        if (event instanceof HistoricJobLogEvent job) {
            return job.getState() == JobState.FAILED.getStateCode();
        }
        return true;
    }
}
