package itu.tsb.visa.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail as a hash chain. Events are written as they happen and sealed a minute later, in id
 * order, each holding its place, the previous event's hash and the hash of that with its own content;
 * the chain's head (last place and hash) is kept apart. Sealing after a minute lets every transaction
 * that took an earlier id commit first. Verification walks the chain: an edited event breaks its own
 * hash, a removed one leaves a gap, removed last ones no longer reach the head. Events of the last
 * minute are not yet covered; the verification says how many.
 */
@Component
public class AuditChain {

    static final Duration SETTLE = Duration.ofMinutes(1);
    static final String GENESIS = "0".repeat(64);

    private final JdbcTemplate jdbc;
    /** The same database, reading a walk's rows in batches rather than all at once. */
    private final JdbcTemplate streaming;
    private final TransactionTemplate transaction;
    /** A read-only transaction that sees one snapshot of the trail, for a walk of the chain. */
    private final TransactionTemplate snapshot;
    private final Clock clock;

    AuditChain(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(1000);
        this.transaction = new TransactionTemplate(transactions);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionTemplate.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
    }

    private record Event(long id, Long sealSeq, String prevHash, String hash, Long requestId, String actor,
            String action, String detail, Instant at) {

        static Event of(ResultSet rs) throws SQLException {
            long seq = rs.getLong("seal_seq");
            return new Event(rs.getLong("id"), rs.wasNull() ? null : seq, rs.getString("prev_hash"),
                    rs.getString("hash"), (Long) rs.getObject("request_id", Long.class), rs.getString("actor"),
                    rs.getString("action"), rs.getString("detail"), rs.getObject("at", OffsetDateTime.class).toInstant());
        }

        /** The hash of the previous event's hash and this event's content, as stored. */
        String expectedHash(String previous) {
            String content = String.join("\u001f", previous, Long.toString(id), String.valueOf(requestId), actor,
                    action, String.valueOf(detail), at.toString());
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(content.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final String COLUMNS = "select id, seal_seq, prev_hash, hash, request_id, actor, action, detail, at"
            + " from audit_event";

    /** Seals the events written more than a minute ago; returns how many. Nodes take turns (the head is locked). */
    @Scheduled(fixedDelayString = "${visa.audit.seal-every:PT30S}", initialDelayString = "${visa.audit.seal-every:PT30S}")
    public int seal() {
        return transaction.execute(status -> {
            Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_chain where id = 1 for update");
            long seq = ((Number) head.get("last_seq")).longValue();
            String previous = (String) head.get("last_hash");
            List<Event> events = jdbc.query(COLUMNS + " where seal_seq is null and at < ? order by id",
                    (rs, n) -> Event.of(rs), OffsetDateTime.ofInstant(clock.instant().minus(SETTLE), ZoneOffset.UTC));
            for (Event e : events) {
                String hash = e.expectedHash(previous);
                jdbc.update("update audit_event set seal_seq = ?, prev_hash = ?, hash = ? where id = ?", ++seq, previous,
                        hash, e.id());
                previous = hash;
            }
            jdbc.update("update audit_chain set last_seq = ?, last_hash = ? where id = 1", seq, previous);
            return events.size();
        });
    }

    /**
     * What a walk of the chain found: {@code valid} and the number of sealed {@code entries}, or the first
     * event where it breaks ({@code brokenAt}, null when events after the last one are missing) and why;
     * {@code unsealed} events are too recent to be covered yet.
     */
    public record Verification(boolean valid, long entries, long unsealed, Long brokenAt, String reason) {
    }

    /** Walks the chain in one consistent snapshot of the database (a seal running meanwhile changes nothing of it). */
    public Verification verify() {
        return snapshot.execute(status -> walk());
    }

    private Verification walk() {
        Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_chain where id = 1");
        long unsealed = jdbc.queryForObject("select count(*) from audit_event where seal_seq is null", Long.class);
        long[] expected = {1};
        String[] previous = {GENESIS};
        Verification[] broken = {null};
        // streamed, a thousand rows at a time: the trail holds millions of events, the heap a few hundred MB
        streaming.query(COLUMNS + " where seal_seq is not null order by seal_seq", rs -> {
            if (broken[0] != null) {
                return;
            }
            Event e = Event.of(rs);
            if (e.sealSeq() != expected[0]) {
                broken[0] = new Verification(false, expected[0] - 1, unsealed, e.id(), "the entry before it is missing"
                        + " (place " + expected[0] + " of the chain)");
            } else if (!previous[0].equals(e.prevHash())) {
                broken[0] = new Verification(false, expected[0] - 1, unsealed, e.id(),
                        "it does not follow the entry before it");
            } else if (!e.expectedHash(previous[0]).equals(e.hash())) {
                broken[0] = new Verification(false, expected[0] - 1, unsealed, e.id(), "its content was changed");
            }
            previous[0] = e.hash();
            expected[0]++;
        });
        if (broken[0] != null) {
            return broken[0];
        }
        long entries = expected[0] - 1;
        if (entries != ((Number) head.get("last_seq")).longValue() || !previous[0].equals(head.get("last_hash"))) {
            return new Verification(false, entries, unsealed, null, "the chain ends before its head: the last "
                    + (((Number) head.get("last_seq")).longValue() - entries) + " entries are missing");
        }
        return new Verification(true, entries, unsealed, null, null);
    }
}
