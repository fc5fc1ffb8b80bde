package itu.tsb.visa.workflow;

import static itu.tsb.visa.support.Api.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import itu.tsb.visa.support.ApiTest;

/** Camunda's webapps and generic REST API are not served, and task queries take no expressions. */
class EngineExposureTest extends ApiTest {

    @Autowired
    private ProcessEngine engine;

    @Test
    void noCamundaWebappOrEngineRestIsServed() {
        for (String path : new String[] {"/engine-rest/engine", "/engine-rest/task", "/camunda/app/cockpit/",
                "/camunda/app/admin/default/setup/", "/camunda/api/admin/setup/default/user/create"}) {
            assertThat(api.get(path, ADMIN).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void expressionsInTaskQueriesAreDisabledAndHistoryIsFull() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(config.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(config.isEnableExpressionsInStoredQueries()).isFalse();
        assertThat(config.getHistory()).isEqualTo("full");
    }
}
