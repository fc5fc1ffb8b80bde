package itu.tsb.visa.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

/** The engine's SQL mappings read ahead: for which database, with what, and taken once. */
class EngineMappingsTest {

    @Test
    void theDatabaseIsGuessedFromItsAddressForTheTwoThisProductRunsOn() {
        assertThat(EngineMappings.databaseType("jdbc:h2:file:./.data/visa")).contains("h2");
        assertThat(EngineMappings.databaseType("jdbc:h2:mem:test")).contains("h2");
        assertThat(EngineMappings.databaseType("jdbc:postgresql://db:5432/visa")).contains("postgres");
        assertThat(EngineMappings.databaseType("jdbc:mysql://db/visa")).isEmpty();
        assertThat(EngineMappings.databaseType(null)).isEmpty();
    }

    @Test
    void aReadingIsTakenOnceOnlyForItsDatabaseAndPrefixAndHoldsTheirStatementsAndSettings() {
        EngineMappings.startReading("postgres", "test_");
        assertThat(EngineMappings.take("h2", "test_")).isEmpty();
        assertThat(EngineMappings.take("postgres", "")).isEmpty();
        Configuration read = EngineMappings.take("postgres", "test_").orElseThrow();
        assertThat(EngineMappings.take("postgres", "test_")).isEmpty();

        assertThat(read.getMappedStatementNames()).contains("selectNextJobsToExecute", "insertProcessDefinition");
        Properties engines = new Properties();
        engines.put("prefix", "test_");
        ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(engines, "test_", "postgres");
        assertThat(read.getVariables()).isEqualTo(engines);
        assertThat(read.getVariables().getProperty("limitAfter")).contains("LIMIT");
    }
}
