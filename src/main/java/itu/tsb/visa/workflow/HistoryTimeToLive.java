package itu.tsb.visa.workflow;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How long the engine keeps the history of a request's process and of its eligibility decision after it
 * ended: {@code VISA_HISTORY_DAYS}, five years by default. The BPMN and DMN files carry the default (the
 * Camunda Modeler asks for one); at start, every deployed version of them is set to the configured value,
 * so that a change of the setting applies without a new deployment. The engine's history cleanup removes
 * what is older, in its nightly window ({@code VISA_HISTORY_CLEANUP_START} to {@code ..._END}). A changed
 * setting applies to processes that end from then on: those already ended keep the removal time they were
 * given when they ended.
 */
@Component
class HistoryTimeToLive {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryTimeToLive.class);

    private final RepositoryService repository;
    private final int days;

    HistoryTimeToLive(RepositoryService repository, @Value("${visa.history.days:1825}") int days) {
        if (days < 1) {
            throw new IllegalArgumentException("visa.history.days (VISA_HISTORY_DAYS) must be at least 1, not " + days);
        }
        this.repository = repository;
        this.days = days;
    }

    int days() {
        return days;
    }

    @EventListener(ApplicationReadyEvent.class)
    void apply() {
        int changed = 0;
        for (ProcessDefinition d : repository.createProcessDefinitionQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY).list()) {
            if (d.getHistoryTimeToLive() == null || d.getHistoryTimeToLive() != days) {
                changed += update(() -> repository.updateProcessDefinitionHistoryTimeToLive(d.getId(), days));
            }
        }
        for (DecisionDefinition d : repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(ProcessVariables.DECISION_ELIGIBILITY).list()) {
            if (d.getHistoryTimeToLive() == null || d.getHistoryTimeToLive() != days) {
                changed += update(() -> repository.updateDecisionDefinitionHistoryTimeToLive(d.getId(), days));
            }
        }
        if (changed > 0) {
            LOG.info("History time to live set to {} days on {} process and decision definition(s)", days, changed);
        }
    }

    private static int update(Runnable change) {
        try {
            change.run();
            return 1;
        } catch (OptimisticLockingException anotherNodeDidIt) {
            return 0;
        }
    }
}
