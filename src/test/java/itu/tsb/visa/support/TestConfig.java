package itu.tsb.visa.support;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import itu.tsb.visa.shared.time.TimeConfig;

@TestConfiguration
public class TestConfig {

    @Bean
    @Primary
    public TestClock testClock() {
        return new TestClock(ZonedDateTime.of(LocalDate.of(2010, 5, 3).atTime(10, 0), TimeConfig.GENEVA).toInstant());
    }

    /**
     * Passwords hashed and checked as the application does ({@code {bcrypt}} hashes through a delegating
     * encoder), at bcrypt's lowest work factor (4 instead of 10, a 64th of the work): hashing was 15 % of
     * the unit and API tests' CPU (every account made, every sign-in and every Basic call checks one).
     */
    @Bean
    @Primary
    public PasswordEncoder quickPasswordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", java.util.Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    }

    @Bean
    public Api api(org.springframework.test.web.servlet.MockMvc mvc, com.fasterxml.jackson.databind.ObjectMapper json,
            org.springframework.jdbc.core.JdbcTemplate jdbc, itu.tsb.visa.security.Users users) {
        return new Api(mvc, json, jdbc, users);
    }

    @Bean
    public Jobs jobs(org.camunda.bpm.engine.ManagementService management) {
        return new Jobs(management);
    }
}
