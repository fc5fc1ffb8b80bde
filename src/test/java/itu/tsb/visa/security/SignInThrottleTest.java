package itu.tsb.visa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.support.TestClock;

class SignInThrottleTest {

    private final TestClock clock = new TestClock(Instant.parse("2010-05-03T08:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(15), clock);

    @Test
    void theLimitLocksTheNameUntilTheOldestCountedFailureAges() {
        throttle.failed("Jane", "a1");
        clock.set(clock.instant().plus(Duration.ofMinutes(5)));
        throttle.failed("jane", "a2");
        boolean lockedOut = throttle.failed("JANE", "a3");

        assertThat(lockedOut).isTrue();
        assertThat(throttle.retryAfter("jane", "a4")).contains(600L);
        clock.set(clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(throttle.retryAfter("jane", "a4")).isEmpty();
    }

    @Test
    void aSuccessClearsTheNameButNotTheAddress() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("name-" + i, "a9");
        }
        throttle.failed("jane", "a8");
        throttle.succeeded("jane");

        assertThat(throttle.retryAfter("someone", "a9")).isPresent();
        assertThat(throttle.retryAfter("jane", "a8")).isEmpty();
    }

    @Test
    void namesTriedLongAgoAreForgottenOnceManyAreHeld() {
        for (int i = 0; i <= SignInThrottle.SWEEP_ABOVE; i++) {
            throttle.failed("sprayed-" + i, "a7");
        }
        clock.set(clock.instant().plus(Duration.ofMinutes(16)));
        throttle.failed("one-more", "a6");

        assertThat(throttle.held()).isEqualTo(2);
    }
}
