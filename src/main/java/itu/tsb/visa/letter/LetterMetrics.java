package itu.tsb.visa.letter;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import itu.tsb.visa.request.LetterIssued;

/** Letters issued by this node since it started, counted once their transaction committed. */
@Component
class LetterMetrics {

    private final Counter issued;

    LetterMetrics(MeterRegistry registry) {
        this.issued = Counter.builder("visa.letters.issued").description("Letters issued (committed) by this node")
                .register(registry);
    }

    @TransactionalEventListener
    void on(LetterIssued letter) {
        issued.increment();
    }
}
