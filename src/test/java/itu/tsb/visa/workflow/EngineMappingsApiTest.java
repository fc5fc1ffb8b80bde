package itu.tsb.visa.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import itu.tsb.visa.support.ApiTest;

/** The application's engine took the SQL mappings read ahead while the application was set up. */
class EngineMappingsApiTest extends ApiTest {

    @Autowired
    private ProcessEngineConfigurationImpl engine;

    @Test
    void theEngineTookTheMappingsReadAheadAndWorksWithThem() {
        assertThat(engine).isInstanceOf(MappedEngineConfiguration.class);
        assertThat(((MappedEngineConfiguration) engine).mappingsReadAhead()).isTrue();
        assertThat(engine.getSqlSessionFactory().getConfiguration().getMappedStatementNames())
                .contains("selectNextJobsToExecute");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("Process_VisaRequest")
                .count()).isPositive();
    }
}
