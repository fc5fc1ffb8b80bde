package itu.tsb.visa.request.views;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.model.VisaRequestRepository;

/**
 * The operators' count of requests by status ({@code visa_requests{status="UNDER_REVIEW"}}), read from
 * the database at most every ten seconds, whatever scrapes it. Tags name statuses, never a request or
 * a person.
 */
@Component
class RequestMetrics implements MeterBinder {

    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final VisaRequestRepository requests;
    private Map<RequestStatus, Long> counts = Map.of();
    private long readAt = System.nanoTime() - 2 * FRESH_NANOS;

    RequestMetrics(VisaRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (RequestStatus status : RequestStatus.values()) {
            Gauge.builder("visa.requests", this, m -> m.count(status)).tag("status", status.name())
                    .description("Requests stored, by status").register(registry);
        }
    }

    private synchronized double count(RequestStatus status) {
        // the age of the figures, not a time of day: a monotonic clock
        if (System.nanoTime() - readAt > FRESH_NANOS) {
            Map<RequestStatus, Long> read = new EnumMap<>(RequestStatus.class);
            for (Object[] row : requests.countByStatus()) {
                read.put((RequestStatus) row[0], (Long) row[1]);
            }
            counts = read;
            readAt = System.nanoTime();
        }
        return counts.getOrDefault(status, 0L);
    }
}
