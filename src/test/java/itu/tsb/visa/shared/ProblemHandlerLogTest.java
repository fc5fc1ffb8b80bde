package itu.tsb.visa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.shared.web.DatabaseAway;
import itu.tsb.visa.shared.web.ProblemHandler;

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

    @Test
    void aDatabaseOutOfReachIsA503WithRetryAfterNotAServerError() {
        var answer = new ProblemHandler().unexpected(new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JPA EntityManager", new java.sql.SQLTransientConnectionException("timed out")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(DatabaseAway.is(new IllegalArgumentException("no such column"))).isFalse();
    }
}
