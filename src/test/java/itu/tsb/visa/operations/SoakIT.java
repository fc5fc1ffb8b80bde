package itu.tsb.visa.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import itu.tsb.visa.VisaApplication;
import itu.tsb.visa.benchmark.Benchmark;
import itu.tsb.visa.support.EmbeddedPostgresSupport;

/**
 * The benchmark's soak at a small size (4 clients, three intervals of 2 seconds) on PostgreSQL: it runs,
 * every call it makes is answered as expected (a failed call stops it), and each interval reports its
 * figures. The figures themselves are the benchmark's to print, not this test's to judge:
 * {@code mvn -Pbenchmark verify -Dbench.soak=10} is the 10-minute soak.
 */
class SoakIT {

    @Test
    void theSoakRunsAndReportsEveryInterval() throws Exception {
        String url = EmbeddedPostgresSupport.jdbcUrl("soak");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(VisaApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--server.port=0",
                "--visa.data-key=c29hay10ZXN0LWtleS1vZi10aGlydHktdHdvLWJ5dGU=",
                "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn")) {

            List<Benchmark.SoakInterval> intervals = Benchmark.soak(app, 3, 2, 4, System.out::println);

            assertThat(intervals).hasSize(3).allSatisfy(i -> {
                assertThat(i.requestsPerSecond()).isPositive();
                assertThat(i.p99Ms()).isGreaterThanOrEqualTo(i.p50Ms());
                assertThat(i.heapAfterGcMb()).isPositive();
                assertThat(i.poolTotal()).isPositive();
            });
        }
    }
}
