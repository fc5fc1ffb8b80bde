package itu.tsb.visa.workflow;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine settings that are policy, not taste: full history (auditors) of which only what their record
 * reads is written ({@link KeptHistory}), no expressions in task queries (an expression in a query
 * would run arbitrary code with the engine's rights), decision tables on the FEEL engine that
 * compiles once, and a job that lost a race for its rows not counted as failed ({@link ConcurrentRunRetry}).
 */
@Configuration
class EngineConfig {

    /**
     * The decision tables run on the engine's JUEL-based FEEL: their input entries are simple unary tests
     * ({@code true}, {@code false}, {@code -}) that it compiles once, and their input expressions are
     * JUEL. The default FEEL engine (feel-scala) builds its table of built-in functions and parses the
     * expression again at every evaluation: the eligibility table, evaluated by the process for each
     * request, took a fifth of a submission's CPU with it (src/docs/benchmarks.md, "The cost of a request").
     */
    static final boolean FEEL_LEGACY = true;

    /**
     * The starter's own configuration (as its {@code CamundaBpmConfiguration} makes it), but one that takes
     * the SQL mappings read ahead ({@link EngineMappings}).
     */
    @Bean
    ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins) {
        MappedEngineConfiguration configuration = new MappedEngineConfiguration();
        CamundaSpringBootUtil.initCustomFields(configuration);
        configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
        return configuration;
    }

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
                configuration.setDmnFeelEnableLegacyBehavior(FEEL_LEGACY);
            }

            /** After the starter's own failed-job settings, which set the engine's handling before this. */
            @Override
            public void postInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setFailedJobCommandFactory(new ConcurrentRunRetry());
            }
        };
    }
}
