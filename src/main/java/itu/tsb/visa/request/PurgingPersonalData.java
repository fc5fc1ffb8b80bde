package itu.tsb.visa.request;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.request.correction.CorrectionAfterIssue;
import itu.tsb.visa.request.documents.RequestDocuments;
import itu.tsb.visa.request.model.ChangeFlagRepository;
import itu.tsb.visa.request.model.VisaRequestRepository;

/**
 * After the retention period, the personal data of ended requests is deleted (names, dates, passports,
 * signatory); what was decided and when stays. Requests still open are left for staff to end.
 */
@Service
@Transactional
public class PurgingPersonalData {

    private static final List<RequestStatus> ENDED = List.of(RequestStatus.LETTER_ISSUED, RequestStatus.REJECTED,
            RequestStatus.WITHDRAWN, RequestStatus.EXPIRED);

    private final VisaRequestRepository requests;
    private final CorrectionAfterIssue afterIssue;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RequestDocuments documents;
    private final ChangeFlagRepository flags;

    PurgingPersonalData(VisaRequestRepository requests, CorrectionAfterIssue afterIssue, AuditLog audit,
            ApplicationEventPublisher events, Clock clock, RequestDocuments documents, ChangeFlagRepository flags) {
        this.documents = documents;
        this.flags = flags;
        this.requests = requests;
        this.afterIssue = afterIssue;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Purges the ended requests of these meetings; returns the ids purged. */
    public List<Long> purge(Collection<Long> meetingIds) {
        List<Long> purged = requests.findUnpurged(meetingIds, ENDED);
        Instant now = clock.instant();
        for (Long id : purged) {
            requests.findById(id).ifPresent(r -> r.purgePersonalData(now));
            afterIssue.purge(id);
            flags.deleteByRequest(id);
            documents.purge(List.of(id));
            audit.record(id, AuditLog.SYSTEM, "PERSONAL_DATA_PURGED", "retention period over");
            events.publishEvent(new RequestPurged(id));
        }
        return purged;
    }
}
