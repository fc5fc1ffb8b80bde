package itu.tsb.visa.workflow;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * What the engine has to do and could not: jobs due now (letters, notifications, timers that are late),
 * jobs that failed after their last retry, and open incidents. An operator alerts on the last two.
 */
@Component
class EngineMetrics implements MeterBinder {

    private final ManagementService management;
    private final RuntimeService runtime;

    EngineMetrics(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("visa.jobs.due", management, m -> m.createJobQuery().executable().count())
                .description("Engine jobs due now with retries left").register(registry);
        Gauge.builder("visa.jobs.failed", management, m -> m.createJobQuery().noRetriesLeft().count())
                .description("Engine jobs that failed after their last retry").register(registry);
        Gauge.builder("visa.incidents", runtime, r -> r.createIncidentQuery().count())
                .description("Open incidents: steps staff must retry or send back").register(registry);
    }
}
