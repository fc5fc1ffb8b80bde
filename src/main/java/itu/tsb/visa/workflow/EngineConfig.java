package itu.tsb.visa.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine settings that are policy, not taste: full history (auditors) of which only what their record
 * reads is written ({@link KeptHistory}), and no expressions in task queries (an expression in a query
 * would run arbitrary code with the engine's rights).
 */
@Configuration
class EngineConfig {

    @Bean
    AbstractProcessEnginePlugin visaEnginePolicy() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setEnableExpressionsInAdhocQueries(false);
                configuration.setEnableExpressionsInStoredQueries(false);
                configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
                configuration.setHistory("full");
                configuration.setHistoryEventHandler(new KeptHistory());
            }
        };
    }
}
