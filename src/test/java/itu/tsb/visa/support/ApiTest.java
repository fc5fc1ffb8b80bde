package itu.tsb.visa.support;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Base of the API tests: the whole application on in-memory H2, a hand-moved clock, jobs run by hand. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestConfig.class)
public abstract class ApiTest {

    @Autowired
    protected Api api;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected Jobs jobs;

    @BeforeEach
    void startOfMay2010() {
        clock.setDay(LocalDate.of(2010, 5, 3));
    }
}
