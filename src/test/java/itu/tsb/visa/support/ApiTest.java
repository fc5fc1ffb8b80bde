package itu.tsb.visa.support;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcPrint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import itu.tsb.visa.letter.Letters;

/**
 * Base of the API tests: the whole application on in-memory H2, a hand-moved clock, jobs run by hand. MockMvc
 * does not print the exchanges: by default it writes every one to a buffer, shown only if the test fails,
 * which cost a tenth of the hostile-bodies test's CPU; the assertions name the answer they saw.
 */
@SpringBootTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ActiveProfiles("test")
@Import(TestConfig.class)
public abstract class ApiTest {

    @Autowired
    protected Api api;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected Jobs jobs;
    /**
     * The real letters, watched: a test may make them fail for a while (FailedLetterStepApiTest). Declared
     * here so that every API test shares one context; Mockito undoes any stubbing after each test.
     */
    @MockitoSpyBean
    protected Letters letters;
    /** The letter's font, watched: a test may let it accept a text for a while (as a build before its checks did). */
    @MockitoSpyBean
    protected itu.tsb.visa.request.LetterTypeface typeface;

    @BeforeEach
    void startOfMay2010() {
        clock.setDay(LocalDate.of(2010, 5, 3));
    }
}
