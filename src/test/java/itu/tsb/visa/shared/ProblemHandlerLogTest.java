package itu.tsb.visa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemHandlerLogTest {

    @Test
    void anUnexpectedErrorIsLoggedWithWhereItHappenedButWithoutWhatAPersonTyped() {
        Exception e = new IllegalStateException("could not store",
                new RuntimeException("Value too long for column \"REASON VARCHAR(2000)\": \"'Rejected: passport AK1234567 of Grace Mwangi'\""));

        String logged = ProblemHandler.withoutMessages(e);

        assertThat(logged).contains("java.lang.IllegalStateException", "caused by java.lang.RuntimeException",
                "at itu.tsb.visa.shared.ProblemHandlerLogTest");
        assertThat(logged).doesNotContain("AK1234567", "Mwangi", "could not store");
    }
}
