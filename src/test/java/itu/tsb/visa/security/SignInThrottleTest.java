package itu.tsb.visa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.support.TestClock;

class SignInThrottleTest {

    private final TestClock clock = new TestClock(Instant.parse("2010-05-03T08:00:00Z"));
    /** Three failures for a name from an address, five names without an account from an address. */
    private final SignInThrottle throttle = new SignInThrottle(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(1), clock);

    private void later(Duration d) {
        clock.set(clock.instant().plus(d));
    }

    @Test
    void theLimitRefusesTheNameFromThatAddressOnlyWithADelayThatDoublesAtEachFurtherFailure() {
        throttle.failed("Jane", "a1", true);
        throttle.failed("jane", "a1", true);
        boolean lockedOut = throttle.failed("JANE", "a1", true);

        assertThat(lockedOut).isTrue();
        assertThat(throttle.retryAfter("jane", "a1")).contains(60L);
        assertThat(throttle.retryAfter("jane", "a2")).as("the person's own address").isEmpty();

        later(Duration.ofSeconds(60));
        assertThat(throttle.retryAfter("jane", "a1")).isEmpty();
        throttle.failed("jane", "a1", true);
        assertThat(throttle.retryAfter("jane", "a1")).contains(120L);
        later(Duration.ofSeconds(120));
        throttle.failed("jane", "a1", true);
        assertThat(throttle.retryAfter("jane", "a1")).contains(240L);
        assertThat(throttle.delay(20)).as("never more than the window").isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void failuresAgeOutOfTheWindow() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("jane", "a1", true);
        }
        later(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(throttle.retryAfter("jane", "a1")).isEmpty();
        throttle.failed("jane", "a1", true);
        assertThat(throttle.retryAfter("jane", "a1")).as("one failure counted, not four").isEmpty();
    }

    @Test
    void anAddressSprayingUnknownNamesIsRefusedForThoseNamesButNeverForANameThatHasNotFailedThere() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("nobody-" + i, "a9", false);
        }
        throttle.failed("jane", "a9", true);

        assertThat(throttle.retryAfter("nobody-0", "a9")).isPresent();
        assertThat(throttle.retryAfter("jane", "a9")).as("failed there once").isPresent();
        assertThat(throttle.retryAfter("paul", "a9")).as("a colleague behind the same address").isEmpty();
        assertThat(throttle.retryAfter("nobody-0", "a8")).isEmpty();
    }

    @Test
    void aSuccessClearsTheNamesFailuresFromThatAddress() {
        throttle.failed("jane", "a8", true);
        throttle.failed("jane", "a8", true);
        throttle.succeeded("jane", "a8");
        throttle.failed("jane", "a8", true);
        throttle.failed("jane", "a8", true);

        assertThat(throttle.retryAfter("jane", "a8")).isEmpty();
    }

    @Test
    void namesTriedLongAgoAreForgottenOnceManyAreHeld() {
        for (int i = 0; i <= SignInThrottle.SWEEP_ABOVE; i++) {
            throttle.failed("sprayed-" + i, "a7", false);
        }
        later(Duration.ofMinutes(16));
        throttle.failed("one-more", "a6", false);

        assertThat(throttle.held()).isEqualTo(2);
    }
}
