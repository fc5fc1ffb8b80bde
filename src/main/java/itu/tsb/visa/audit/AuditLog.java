package itu.tsb.visa.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records audit events. Details must never contain personal data (names, dates of birth, passports). */
@Service
public class AuditLog {

    public static final String SYSTEM = "system";

    private final AuditEventRepository repository;
    private final Clock clock;

    AuditLog(AuditEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long requestId, String actor, String action, String detail) {
        repository.save(new AuditEvent(requestId, actor, action, detail, clock.instant()));
    }

    /**
     * For events outside any use case's transaction (reads, retries); the repository writes it in a
     * transaction of its own. Refuses to run inside one, so that it never holds a second connection.
     */
    @Transactional(propagation = Propagation.NEVER)
    public void recordNow(Long requestId, String actor, String action, String detail) {
        repository.save(new AuditEvent(requestId, actor, action, detail, clock.instant()));
    }

    /** What happened to accounts: sign-ins, failures, lock-outs, accounts created and changed. */
    public static final List<String> ACCOUNT_ACTIONS = List.of("SIGNED_IN", "SIGN_IN_FAILED", "SIGN_IN_LOCKED",
            "USER_CREATED", "USER_CHANGED", "TOKEN_ISSUED", "TOKEN_REVOKED");

    /** What staff changed in the reference data: entities, meetings, registrations. */
    public static final List<String> REFERENCE_ACTIONS = List.of("ENTITY_CREATED", "ENTITY_CORRECTED", "ENTITY_RENAMED",
            "MEETING_CREATED", "MEETING_TEXTS_CHANGED", "MEETING_CORRECTED", "MEETING_CLOSED", "MEETING_REOPENED", "REGISTRATION_ADDED", "REGISTRATION_STATUS_CHANGED",
            "REGISTRATIONS_IMPORTED", "REGISTRATION_PUSHED", "SWISS_REPRESENTATION_ADDED", "SWISS_REPRESENTATION_CORRECTED",
            "SWISS_REPRESENTATION_IMPORTED");

    /** What ran over the data as a whole: retention runs, re-encryption under a new data key. */
    public static final List<String> OPERATION_ACTIONS = List.of("RETENTION_RUN", "DATA_KEY_REENCRYPTED");

    /** The latest 500 events of these actions, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> latest(List<String> actions) {
        return repository.findTop500ByActionInOrderByIdDesc(actions);
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> forRequest(Long requestId) {
        return repository.findByRequestIdOrderByIdAsc(requestId);
    }
}
