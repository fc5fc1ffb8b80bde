package itu.tsb.visa.request.views;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.request.Channel;
import itu.tsb.visa.request.IssuedLetters;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.model.DecisionRecord;
import itu.tsb.visa.request.model.Outcome;
import itu.tsb.visa.request.model.Rule;
import itu.tsb.visa.request.model.VisaRequestRepository;
import itu.tsb.visa.shared.text.Csv;
import itu.tsb.visa.shared.time.TimeConfig;

/**
 * A meeting's requests as auditors account for them: one row per request (who asked, how and when it
 * reached TSB, how it ended, which rule refused it, how long the decision took, persons and letters), and
 * the figures over them. No personal data: persons are counted, never named.
 */
@Service
public class MeetingReport {

    /**
     * @param decidedAt when the request was decided: approved or rejected by TSB, or refused by a rule
     *        (null while open, and for a withdrawn or expired request without a decision)
     * @param refusedBy the rule that refused the whole request (REVIEW for a rejection by TSB), else null
     */
    public record Row(String reference, Long entityId, String entity, String category, Channel channel,
            Instant receivedAt, RequestStatus status, Rule refusedBy, Instant decidedAt, int persons, int personsRemoved,
            int letters) {

        /** Hours from receipt to decision, when decided. */
        public Double hoursToDecision() {
            return decidedAt == null ? null : Duration.between(receivedAt, decidedAt).toMinutes() / 60.0;
        }
    }

    public record Statistics(String meeting, int requests, Map<RequestStatus, Integer> byOutcome,
            Map<Rule, Integer> refusalsByRule, int persons, int personsRemoved, int letters,
            Double medianHoursToDecision, int decided) {
    }

    private final VisaRequestRepository requests;
    private final DecisionRecord decisions;
    private final IssuedLetters letters;
    private final ReferenceData reference;

    MeetingReport(VisaRequestRepository requests, DecisionRecord decisions, IssuedLetters letters,
            ReferenceData reference) {
        this.requests = requests;
        this.decisions = decisions;
        this.letters = letters;
        this.reference = reference;
    }

    /**
     * The rows, read as the figures they show: requests, the decisions that settled them and the persons as
     * columns and counts, never as entities (a conference's report reads a thousand requests and their ten
     * thousand decisions; read whole, with their texts decrypted and worded, it took 140 ms at p50).
     */
    @Transactional(readOnly = true)
    public List<Row> rows(String meetingCode) {
        Meeting meeting = reference.meeting(meetingCode);
        List<Object[]> all = requests.reportRows(meeting.getId());
        List<Long> ids = all.stream().map(r -> (Long) r[0]).toList();
        Map<Long, DecisionRecord.Settled> settled = decisions.settledOfMeeting(meeting.getId());
        Map<Long, Organization> entities = reference.organizations(all.stream().map(r -> (Long) r[2]).distinct().toList());
        Map<Long, long[]> persons = new HashMap<>();
        for (Object[] row : requests.personCountsOfMeeting(meeting.getId())) {
            persons.put((Long) row[0], new long[] {(Long) row[1], ((Number) row[2]).longValue()});
        }
        Map<Long, Integer> issued = letters.issuedCounts(ids);
        List<Row> rows = new ArrayList<>();
        for (Object[] r : all) {
            Long id = (Long) r[0];
            Organization entity = entities.get((Long) r[2]);
            RequestStatus status = (RequestStatus) r[5];
            Optional<DecisionRecord.Settled> decided = Optional.ofNullable(settled.get(id));
            Rule refusedBy = status != RequestStatus.REJECTED ? null
                    : decided.filter(d -> d.outcome() != Outcome.APPROVED).map(DecisionRecord.Settled::rule).orElse(null);
            long[] counted = persons.getOrDefault(id, new long[2]);
            rows.add(new Row((String) r[1], entity.getId(), entity.getName(), entity.getCategory().name(), (Channel) r[3],
                    (Instant) r[4], status, refusedBy, decided.map(DecisionRecord.Settled::at).orElse(null),
                    (int) counted[0], (int) counted[1], issued.getOrDefault(id, 0)));
        }
        return rows;
    }

    @Transactional(readOnly = true)
    public Statistics statistics(String meetingCode) {
        List<Row> rows = rows(meetingCode);
        Map<RequestStatus, Integer> byOutcome = new EnumMap<>(RequestStatus.class);
        Map<Rule, Integer> refusals = new EnumMap<>(Rule.class);
        List<Double> hours = new ArrayList<>();
        int persons = 0;
        int removed = 0;
        int issued = 0;
        for (Row r : rows) {
            byOutcome.merge(r.status(), 1, Integer::sum);
            if (r.refusedBy() != null) {
                refusals.merge(r.refusedBy(), 1, Integer::sum);
            }
            if (r.hoursToDecision() != null) {
                hours.add(r.hoursToDecision());
            }
            persons += r.persons();
            removed += r.personsRemoved();
            issued += r.letters();
        }
        return new Statistics(meetingCode, rows.size(), byOutcome, refusals, persons, removed, issued, median(hours),
                hours.size());
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The rows as a CSV file under a header row in the reader's language, times in Geneva time. */
    @Transactional(readOnly = true)
    public byte[] csv(String meetingCode, String language) {
        Csv csv = new Csv().header("csv.report.", language, "reference", "entityId", "entity", "category", "channel",
                "received", "status", "refusedBy", "decided", "hoursToDecision", "persons", "personsRemoved", "letters");
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        for (Row r : rows(meetingCode)) {
            csv.row(r.reference(), r.entityId(), r.entity(), r.category(), r.channel(),
                    f.format(r.receivedAt().atZone(TimeConfig.GENEVA)), r.status(), r.refusedBy(),
                    r.decidedAt() == null ? null : f.format(r.decidedAt().atZone(TimeConfig.GENEVA)),
                    r.hoursToDecision() == null ? null : String.format(java.util.Locale.ROOT, "%.1f", r.hoursToDecision()),
                    r.persons(), r.personsRemoved(), r.letters());
        }
        return csv.file();
    }
}
