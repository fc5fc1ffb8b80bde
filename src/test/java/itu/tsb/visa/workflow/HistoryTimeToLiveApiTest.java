package itu.tsb.visa.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import itu.tsb.visa.support.ApiTest;

/** Every deployed process and decision keeps its history for the configured time, and cleanup is scheduled. */
class HistoryTimeToLiveApiTest extends ApiTest {

    @Autowired
    private RepositoryService repository;
    @Autowired
    private HistoryService history;
    @Autowired
    private HistoryTimeToLive timeToLive;

    @Test
    void everyDefinitionCarriesTheConfiguredTimeToLiveAndCleanupIsScheduledForTheNight() {
        assertThat(timeToLive.days()).isEqualTo(1825);
        ProcessDefinition process = repository.createProcessDefinitionQuery()
                .processDefinitionKey(ProcessVariables.PROCESS_KEY).latestVersion().singleResult();
        DecisionDefinition decision = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(ProcessVariables.DECISION_ELIGIBILITY).latestVersion().singleResult();
        assertThat(process.getHistoryTimeToLive()).isEqualTo(1825);
        assertThat(decision.getHistoryTimeToLive()).isEqualTo(1825);

        // a definition deployed with another value (an older file, or the setting changed) is brought in line
        repository.updateProcessDefinitionHistoryTimeToLive(process.getId(), 3650);
        repository.updateDecisionDefinitionHistoryTimeToLive(decision.getId(), 7);
        timeToLive.apply();
        assertThat(repository.getProcessDefinition(process.getId()).getHistoryTimeToLive()).isEqualTo(1825);
        assertThat(repository.getDecisionDefinition(decision.getId()).getHistoryTimeToLive()).isEqualTo(1825);

        assertThat(history.findHistoryCleanupJobs()).isNotEmpty().allSatisfy(job -> {
            java.time.LocalTime due = job.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalTime();
            assertThat(due).isBetween(java.time.LocalTime.of(1, 0), java.time.LocalTime.of(5, 0));
        });
    }
}
