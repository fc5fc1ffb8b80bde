package itu.tsb.visa.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.context.ApplicationEventPublisher;

/** The system clock, unless pinned to an instant (demo profile only: see {@link TimeConfig}). */
final class ReplayableClock extends Clock implements PinnableClock {

    private final Clock system;
    private final ApplicationEventPublisher events;
    private volatile Instant pinned;

    ReplayableClock(Clock system, ApplicationEventPublisher events) {
        this.system = system;
        this.events = events;
    }

    @Override
    public void pin(Instant instant) {
        this.pinned = instant;
        events.publishEvent(new Pinned(instant));
    }

    @Override
    public void release() {
        this.pinned = null;
        events.publishEvent(new Pinned(null));
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = pinned;
        return at != null ? Clock.fixed(at, zone) : system.withZone(zone);
    }
}
