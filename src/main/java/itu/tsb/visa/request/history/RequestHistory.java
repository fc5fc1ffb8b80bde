// Longer than 250 lines: the auditor's record of a request merged from its decisions, its audit events and the
// engine's steps, tasks and incidents, in one order.
package itu.tsb.visa.request.history;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditEvent;
import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.request.ProcessRecord;
import itu.tsb.visa.request.RecordPrinter;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.model.Decision;
import itu.tsb.visa.request.model.DecisionRecord;
import itu.tsb.visa.request.model.RequestActions;
import itu.tsb.visa.request.model.Rule;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisibleRequests;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.text.Csv;
import itu.tsb.visa.shared.time.TimeConfig;

/**
 * The whole story of a request, in time order, from both of its sources: the request's own record (audit
 * events and decisions: {@code source} "domain") and the engine's history of its process (steps, who
 * completed each task, failed attempts, incidents: "process"). Each entry is worded in the reader's
 * language, English or French; review comments are given in full, a correction names the fields it
 * changed (never their values).
 */
@Service
public class RequestHistory {

    /**
     * One line of the story. {@code at} is Geneva time to the second; {@code kind} lets pages filter: event,
     * decision, step, task, failure, incident, or read (a routine read, which pages may hide).
     */
    public record Entry(OffsetDateTime at, String actor, String source, String kind, String action, String label,
            String detail, Long durationMillis) {
    }

    public record History(Long id, String reference, RequestStatus status, String language, List<Entry> entries) {
    }

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter SPREADSHEET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The detail a submission is recorded with: channel, persons, when TSB received it (an instant). */
    private static final Pattern SUBMITTED = Pattern.compile("channel (\\w+), (\\d+) person\\(s\\), received (\\S+)");

    private static final List<String> ROUTINE_READS = List.of("PERSONAL_DATA_READ");

    private final VisibleRequests visible;
    private final DecisionRecord decisions;
    private final AuditLog audit;
    private final ProcessRecord process;
    private final RecordPrinter printer;
    private final Clock clock;

    RequestHistory(VisibleRequests visible, DecisionRecord decisions, AuditLog audit, ProcessRecord process,
            RecordPrinter printer, Clock clock) {
        this.visible = visible;
        this.decisions = decisions;
        this.audit = audit;
        this.process = process;
        this.printer = printer;
        this.clock = clock;
    }

    /**
     * The history as a CSV file, one entry a row, under a header row in the history's language; times in
     * Geneva time as spreadsheets read them (2010-05-03 12:00:00).
     */
    public byte[] csv(History h) {
        Csv csv = new Csv().header("csv.history.", h.language(), "at", "actor", "source", "kind", "action", "label",
                "detail", "duration");
        for (Entry e : h.entries()) {
            csv.row(SPREADSHEET.format(e.at()), e.actor(), e.source(), e.kind(), e.action(), e.label(), e.detail(),
                    e.durationMillis());
        }
        return csv.file();
    }

    /** The history as a PDF/A document to file, worded in the history's language. */
    public byte[] pdf(History h) {
        HistoryWords w = new HistoryWords(Locale.forLanguageTag(h.language()));
        List<String> headers = List.of(w.word("column.at", "at"), w.word("column.actor", "actor"),
                w.word("column.source", "source"), w.word("column.what", "what"), w.word("column.detail", "detail"));
        List<List<String>> rows = h.entries().stream().map(e -> List.of(w.dateTime.format(e.at()), e.actor(),
                w.word("source." + e.source(), e.source()), e.label(), e.detail() == null ? "" : e.detail())).toList();
        String printed = w.dateTime.format(clock.instant().atZone(TimeConfig.GENEVA));
        return printer.print(new RecordPrinter.Table(h.language(), w.format("pdf.title", h.reference()),
                w.format("pdf.subtitle", w.word("status." + h.status().name(), h.status().name()), printed,
                        h.entries().size()),
                headers, new float[] {14, 10, 7, 22, 47}, rows));
    }

    /** {@code language} is "fr" or "en" (anything else reads as English). */
    @Transactional(readOnly = true)
    public History of(Long requestId, CurrentUser reader, String language) {
        VisaRequest request = visible.get(requestId, reader);
        RequestActions.require(RequestActions.Action.READ_HISTORY, request, reader);
        HistoryWords w = new HistoryWords("fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH);
        List<Timed> all = new ArrayList<>();
        for (AuditEvent e : audit.forRequest(requestId)) {
            all.add(new Timed(e.getAt(), 0, w.event(e)));
        }
        for (Decision d : decisions.of(requestId)) {
            // a review's decision has its twin in the audit events, which carries the comment in full
            if (d.getRule() != Rule.REVIEW) {
                all.add(new Timed(d.getDecidedAt(), 2, w.decision(d)));
            }
        }
        for (ProcessRecord.Entry p : process.of(requestId)) {
            all.add(new Timed(p.started(), 1, w.process(p)));
        }
        // at the same instant (one transaction): what a person did, then the steps it set off, then what they decided
        all.sort(Comparator.comparing(Timed::at).thenComparingInt(Timed::source));
        return new History(requestId, request.getReference(), request.getStatus(), w.locale.getLanguage(),
                all.stream().map(Timed::entry).toList());
    }

    private record Timed(Instant at, int source, Entry entry) {
    }

    private static OffsetDateTime geneva(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).atZone(TimeConfig.GENEVA).toOffsetDateTime();
    }

    /** The reader's words for each kind of entry. */
    private static final class HistoryWords {
        private final Locale locale;
        private final ResourceBundle text;
        private final DateTimeFormatter dateTime;

        HistoryWords(Locale locale) {
            this.locale = locale;
            this.text = ResourceBundle.getBundle("history.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            this.dateTime = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss", locale);
        }

        Entry event(AuditEvent e) {
            String action = e.getAction();
            String kind = ROUTINE_READS.contains(action) ? "read" : "event";
            String detail = e.getDetail();
            Matcher submitted = "REQUEST_SUBMITTED".equals(action) && detail != null ? SUBMITTED.matcher(detail) : null;
            if (submitted != null && submitted.matches()) {
                detail = format("detail.submitted", word("channel." + submitted.group(1), submitted.group(1)),
                        Integer.parseInt(submitted.group(2)),
                        dateTime.format(Instant.parse(submitted.group(3)).atZone(TimeConfig.GENEVA)));
            }
            if ("PARTICIPANT_CORRECTED".equals(action) && detail != null && detail.contains(": ")) {
                String[] parts = detail.split(": ", 2);
                detail = format("detail.fieldsChanged", parts[0], String.join(", ",
                        java.util.Arrays.stream(parts[1].split(", ")).map(f -> word("field." + f, f)).toList()));
            }
            return new Entry(geneva(e.getAt()), actor(e.getActor()), "domain", kind, action,
                    word("action." + action, action), detail, null);
        }

        Entry decision(Decision d) {
            String rule = word("rule." + d.getRule().name(), d.getRule().name());
            String outcome = word("outcome." + d.getOutcome().name(), d.getOutcome().name());
            String detail = d.why().in(locale) + (d.getInputs() == null || d.getInputs().isBlank() ? "" : " [" + d.getInputs() + "]");
            return new Entry(geneva(d.getDecidedAt()), actor(d.getDecidedBy()), "domain", "decision",
                    "DECISION_" + d.getRule().name() + "_" + d.getOutcome().name(), format("action.decision", rule, outcome),
                    detail, null);
        }

        Entry process(ProcessRecord.Entry p) {
            String label = word("step." + p.step(), p.stepName() == null ? p.step() : p.stepName());
            return switch (p.kind()) {
                case STEP, TASK -> {
                    Long millis = p.ended() == null ? null : Duration.between(p.started(), p.ended()).toMillis();
                    String detail = p.ended() == null ? word("process.waiting", "")
                            : "cancelled".equals(p.detail()) ? word("process.cancelled", "")
                            : format("process.took", duration(millis));
                    if (p.actor() != null) {
                        detail = detail + "; " + format("process.completedBy", p.actor());
                    }
                    yield new Entry(geneva(p.started()), p.actor() == null ? actor(AuditLog.SYSTEM) : p.actor(),
                            "process", p.kind() == ProcessRecord.Kind.TASK ? "task" : "step",
                            "STEP_" + p.step(), label, detail, millis);
                }
                case STEP_FAILED -> new Entry(geneva(p.started()), actor(AuditLog.SYSTEM), "process", "failure",
                        "STEP_FAILED_" + p.step(), label, format("process.failed", p.detail(), p.retriesLeft()), null);
                case INCIDENT -> new Entry(geneva(p.started()), actor(AuditLog.SYSTEM), "process", "incident",
                        "INCIDENT_" + p.step(), label, format("process.incident", p.detail())
                                + (p.ended() == null ? "" : "; " + format("process.incidentResolved",
                                        dateTime.format(p.ended().atZone(TimeConfig.GENEVA)))), null);
                case TABLE -> table(p.started(), p.stepName(), p.table());
            };
        }

        /** A decision table as the engine evaluated it: the rule that matched, its answer, what it was given. */
        private Entry table(Instant at, String tableName, ProcessRecord.Evaluation t) {
            String rules = String.join(", ", t.rules().stream().map(r -> word("tableRule." + r, r)).toList());
            String detail = format("process.table", rules, clauses("tableOutput.", t.outputs()),
                    clauses("tableInput.", t.inputs()));
            return new Entry(geneva(at), actor(AuditLog.SYSTEM), "process", "decision", "TABLE_" + t.decision(),
                    word("table." + t.decision(), tableName), detail, null);
        }

        private String clauses(String prefix, List<ProcessRecord.Clause> clauses) {
            return String.join(", ", clauses.stream().map(c -> format("process.tableClause",
                    word(prefix + c.id(), c.name()), word("tableValue." + c.value(), c.value()))).toList());
        }

        private String actor(String actor) {
            return switch (actor) {
                case AuditLog.SYSTEM -> word("actor.system", actor);
                case "public" -> word("actor.public", actor);
                default -> actor;
            };
        }

        /** 0.4 s, 12 s, 3 min 5 s, 2 h 10 min, 3 d 4 h (j in French). */
        private String duration(long millis) {
            if (millis < 100) {
                return word("process.instant", "< 0.1 s");
            }
            if (millis < 10_000) {
                return String.format(locale, "%.1f s", millis / 1000.0);
            }
            long s = millis / 1000;
            String day = locale.getLanguage().equals("fr") ? "j" : "d";
            if (s < 60) {
                return s + " s";
            }
            if (s < 3600) {
                return s / 60 + " min " + s % 60 + " s";
            }
            if (s < 86_400) {
                return s / 3600 + " h " + s % 3600 / 60 + " min";
            }
            return s / 86_400 + " " + day + " " + s % 86_400 / 3600 + " h";
        }

        private String word(String key, String otherwise) {
            try {
                return text.getString(key);
            } catch (MissingResourceException e) {
                return otherwise;
            }
        }

        private String format(String key, Object... arguments) {
            return new MessageFormat(text.getString(key), locale).format(arguments);
        }
    }
}
