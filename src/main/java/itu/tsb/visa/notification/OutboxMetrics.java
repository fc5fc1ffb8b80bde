package itu.tsb.visa.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** The e-mails waiting to go out, and how long the oldest has waited: an outbox that stopped shows here. */
@Component
class OutboxMetrics implements MeterBinder {

    private final NotificationRepository outbox;
    private final Clock clock;

    OutboxMetrics(NotificationRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("visa.outbox.pending", outbox, o -> o.countByStatus(Notification.PENDING))
                .description("E-mails queued and not yet sent").register(registry);
        Gauge.builder("visa.outbox.oldest.pending", this, OutboxMetrics::oldestAge).baseUnit("seconds")
                .description("How long the oldest e-mail still queued has waited (0 when none waits)").register(registry);
    }

    private double oldestAge() {
        Instant oldest = outbox.oldestCreatedAt(Notification.PENDING);
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
    }
}
