package itu.tsb.visa.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted per user name (without regard to case) and per client address over a sliding
 * window: after {@code limit} failures within {@code window}, further attempts for that name, or from that
 * address, are refused until the oldest failure leaves the window, whatever the password. Held by each
 * node for itself: behind a load balancer an attacker gets at most the limit once per node.
 */
@Component
class SignInThrottle {

    /** Above this many names and addresses held, the aged ones are swept out at the next failure. */
    static final int SWEEP_ABOVE = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    SignInThrottle(@Value("${visa.sign-in.limit:10}") int limit, @Value("${visa.sign-in.window:PT15M}") Duration window,
            Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts a failure; true when it is the one that reaches the limit for the name (a lock-out begins). */
    boolean failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            sweep(now);
        }
        add("address:" + address, now);
        return add(name(username), now) == limit;
    }

    /** A successful sign-in clears the name's failures (not the address's). */
    void succeeded(String username) {
        failures.remove(name(username));
    }

    /** Seconds until an attempt for this name from this address may be made, or empty when it may be now. */
    Optional<Long> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Optional<Instant> byName = username == null ? Optional.empty() : freeAt(name(username), now);
        Optional<Instant> byAddress = freeAt("address:" + address, now);
        return java.util.stream.Stream.of(byName, byAddress).flatMap(Optional::stream).max(Instant::compareTo)
                .map(at -> Math.max(1, (Duration.between(now, at).toMillis() + 999) / 1000));
    }

    /** How many names and addresses are held (for the test of the sweep). */
    int held() {
        return failures.size();
    }

    private static String name(String username) {
        return "name:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private int add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            return times.size();
        }
    }

    private Optional<Instant> freeAt(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            // free again when enough of the failures have left the window to fall below the limit
            return Optional.of(times.stream().skip(times.size() - limit).findFirst().orElseThrow().plus(window));
        }
    }

    /** Names and addresses whose failures have all aged out are forgotten (many names tried must not fill memory). */
    private void sweep(Instant now) {
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                prune(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.removeFirst();
        }
    }
}
