package itu.tsb.visa.letter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import itu.tsb.visa.audit.AuditLog;

/**
 * Guessing verification tokens: each client address may look up a limited number of unknown tokens per
 * window, after which its verifications answer 429 until the window ends. Unknown look-ups are counted,
 * and the count is written to the audit trail as one row per period, not one row per guess.
 */
@Component
class UnknownTokenThrottle {

    /** Addresses remembered at most; past that the oldest windows are forgotten first. */
    private static final int MAX_ADDRESSES = 50_000;

    private final Clock clock;
    private final AuditLog audit;
    private final int limit;
    private final Duration window;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong unknownSinceReport = new AtomicLong();
    private final Map<String, Boolean> addressesSinceReport = new ConcurrentHashMap<>();

    UnknownTokenThrottle(Clock clock, AuditLog audit, @Value("${visa.verify.unknown-limit:10}") int limit,
            @Value("${visa.verify.unknown-window:PT10M}") Duration window) {
        this.clock = clock;
        this.audit = audit;
        this.limit = limit;
        this.window = window;
    }

    private record Window(Instant start, int unknown) {
    }

    /** Seconds until this address may verify again; 0 when it may now. */
    long secondsToWait(String address) {
        Window w = windows.get(address);
        Instant now = clock.instant();
        if (w == null || w.unknown() < limit || !now.isBefore(w.start().plus(window))) {
            return 0;
        }
        return Math.max(1, Duration.between(now, w.start().plus(window)).toSeconds());
    }

    /** An unknown token was looked up from this address. */
    void unknown(String address) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_ADDRESSES) {
            forgetEndedWindows(now);
        }
        windows.merge(address, new Window(now, 1), (old, one) -> now.isBefore(old.start().plus(window))
                ? new Window(old.start(), old.unknown() + 1) : one);
        unknownSinceReport.incrementAndGet();
        if (addressesSinceReport.size() < MAX_ADDRESSES) {
            addressesSinceReport.put(address, Boolean.TRUE);
        }
    }

    /** Writes the count of unknown look-ups since the last report, if any, as one audit row. */
    @Scheduled(fixedDelayString = "${visa.verify.unknown-report:PT10M}")
    void report() {
        long unknown = unknownSinceReport.getAndSet(0);
        int addresses = addressesSinceReport.size();
        addressesSinceReport.clear();
        forgetEndedWindows(clock.instant());
        if (unknown > 0) {
            audit.recordNow(null, "public", "LETTER_VERIFY_UNKNOWN", unknown + " look-up(s) of unknown letters from "
                    + addresses + " address(es)");
        }
    }

    private void forgetEndedWindows(Instant now) {
        windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        if (windows.size() >= MAX_ADDRESSES) {
            windows.clear();
        }
    }
}
