package itu.tsb.visa.support;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import itu.tsb.visa.shared.TimeConfig;

@TestConfiguration
public class TestConfig {

    @Bean
    @Primary
    public TestClock testClock() {
        return new TestClock(ZonedDateTime.of(LocalDate.of(2010, 5, 3).atTime(10, 0), TimeConfig.GENEVA).toInstant());
    }

    @Bean
    public Api api(org.springframework.test.web.servlet.MockMvc mvc, com.fasterxml.jackson.databind.ObjectMapper json) {
        return new Api(mvc, json);
    }

    @Bean
    public Jobs jobs(org.camunda.bpm.engine.ManagementService management) {
        return new Jobs(management);
    }
}
