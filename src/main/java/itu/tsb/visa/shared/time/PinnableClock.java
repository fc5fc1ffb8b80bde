package itu.tsb.visa.shared.time;

import java.time.Instant;

/**
 * A clock that can be held at a past instant, for replaying a past request as it happened (the demo's
 * 2010 request); every part of the application, the process engine included, then reads that instant.
 */
public interface PinnableClock {

    void pin(Instant instant);

    void release();

    /** Published when the clock is pinned ({@code at} set) or released ({@code at} null). */
    record Pinned(Instant at) {
    }
}
