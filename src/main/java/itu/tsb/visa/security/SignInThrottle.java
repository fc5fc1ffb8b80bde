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
 * Failed sign-ins, counted per user name (without regard to case) and client address together, over a
 * sliding window (OWASP ASVS V2.2.1). Guessing is slowed where it happens and nowhere else:
 * <ul>
 * <li>after {@code limit} failures for a name from an address, that name is refused from that address
 * (whatever the password) for a delay that doubles with each further failure, from {@code firstDelay} up
 * to the window; from any other address the name signs in as usual, so nobody can lock a person out
 * without their password;</li>
 * <li>an address that has failed with {@code unknownLimit} names that have no account (spraying names)
 * is refused for every name that has failed from it, until those failures age; a name that has not failed
 * from that address is never refused there, so the people behind one address are not locked out
 * together.</li>
 * </ul>
 * Held by each node for itself: behind a load balancer an attacker gets the limit once per node.
 */
@Component
class SignInThrottle {

    /** Above this many keys held, the aged ones are swept out at the next failure. */
    static final int SWEEP_ABOVE = 10_000;

    private final int limit;
    private final int unknownLimit;
    private final Duration window;
    private final Duration firstDelay;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    SignInThrottle(@Value("${visa.sign-in.limit:10}") int limit,
            @Value("${visa.sign-in.unknown-limit:20}") int unknownLimit,
            @Value("${visa.sign-in.window:PT15M}") Duration window,
            @Value("${visa.sign-in.first-delay:PT1M}") Duration firstDelay, Clock clock) {
        this.limit = limit;
        this.unknownLimit = unknownLimit;
        this.window = window;
        this.firstDelay = firstDelay;
        this.clock = clock;
    }

    /**
     * Counts a failure ({@code known}: the name has an account); true when it is the one that reaches the
     * limit for the name from this address (a lock-out begins there).
     */
    boolean failed(String username, String address, boolean known) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            sweep(now);
        }
        if (!known) {
            add(unknown(address), now);
        }
        return add(pair(username, address), now) == limit;
    }

    /** A successful sign-in clears the name's failures from that address (not the address's unknown names). */
    void succeeded(String username, String address) {
        failures.remove(pair(username, address));
    }

    /** Seconds until an attempt for this name from this address may be made, or empty when it may be now. */
    Optional<Long> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Optional<Instant> free = freeAt(username, address, now);
        return free.filter(at -> at.isAfter(now))
                .map(at -> Math.max(1, (Duration.between(now, at).toMillis() + 999) / 1000));
    }

    private Optional<Instant> freeAt(String username, String address, Instant now) {
        Deque<Instant> pair = failures.get(pair(username, address));
        if (pair == null) {
            return Optional.empty();
        }
        Instant byPair;
        int failed;
        synchronized (pair) {
            prune(pair, now);
            failed = pair.size();
            if (failed == 0) {
                return Optional.empty();
            }
            byPair = failed < limit ? null : pair.peekLast().plus(delay(failed));
        }
        Instant byAddress = null;
        Deque<Instant> sprayed = failures.get(unknown(address));
        if (sprayed != null) {
            synchronized (sprayed) {
                prune(sprayed, now);
                if (sprayed.size() >= unknownLimit) {
                    // free again once enough of them have aged to fall below the limit
                    byAddress = sprayed.stream().skip(sprayed.size() - unknownLimit).findFirst().orElseThrow().plus(window);
                }
            }
        }
        if (byPair == null) {
            return Optional.ofNullable(byAddress);
        }
        return Optional.of(byAddress == null || byPair.isAfter(byAddress) ? byPair : byAddress);
    }

    /** The wait after the n-th failure (n at least the limit): the first delay, doubled at each further one. */
    Duration delay(int failed) {
        int doublings = Math.min(30, failed - limit);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(window) > 0 ? window : delay;
    }

    /** How many keys are held (for the test of the sweep). */
    int held() {
        return failures.size();
    }

    private static String pair(String username, String address) {
        return "name:" + (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "\n" + address;
    }

    private static String unknown(String address) {
        return "unknown-names-from:" + address;
    }

    private int add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            return times.size();
        }
    }

    /** Keys whose failures have all aged out are forgotten (many names tried must not fill memory). */
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
