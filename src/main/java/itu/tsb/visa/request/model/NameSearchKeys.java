package itu.tsb.visa.request.model;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the persons stored before family names had a search key theirs, at start, 200 a transaction. Two
 * nodes doing it at once write the same values. A name that cannot be decrypted (a key not configured)
 * is left without one, and said so.
 */
@Component
public class NameSearchKeys {

    private static final Logger LOG = LoggerFactory.getLogger(NameSearchKeys.class);

    private final VisaRequestRepository requests;
    private final TransactionTemplate tx;

    NameSearchKeys(VisaRequestRepository requests, PlatformTransactionManager transactions) {
        this.requests = requests;
        this.tx = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void addMissing() {
        long after = 0;
        int added = 0;
        int unreadable = 0;
        while (true) {
            long from = after;
            List<Long> done = tx.execute(s -> {
                List<Participant> batch = requests.lackingSearchKey(from, PageRequest.of(0, 200));
                batch.forEach(Participant::addSearchKey);
                return batch.stream().map(p -> p.lacksSearchKey() ? -p.getId() : p.getId()).toList();
            });
            if (done == null || done.isEmpty()) {
                break;
            }
            for (Long id : done) {
                after = Math.max(after, Math.abs(id));
                if (id < 0) {
                    unreadable++;
                } else {
                    added++;
                }
            }
        }
        if (added > 0 || unreadable > 0) {
            LOG.info("Family names made searchable: {}; left out, their names unreadable under the configured keys: {}",
                    added, unreadable);
        }
    }
}
