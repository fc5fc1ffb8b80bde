package itu.tsb.visa.request;

import java.time.Instant;
import java.util.List;

/**
 * Port to what the process engine recorded of a request: each step it ran (when it started and ended;
 * who completed a task), each step that failed (a job's failed attempt, with the retries left) and each
 * incident (a step that failed after its retries, and when it was resolved), and each decision table a
 * step evaluated, as the engine recorded it. Steps are named by their BPMN ids, tables by their DMN ids;
 * nothing here holds personal data.
 */
public interface ProcessRecord {

    enum Kind {
        /** A step of the process: a check, a wait, a task, an event. */
        STEP,
        /** A user task; {@code actor} completed it. */
        TASK,
        /** One failed attempt of a step run by the job executor; {@code detail} holds the error. */
        STEP_FAILED,
        /** A step that failed after its last retry; {@code ended} when it was resolved. */
        INCIDENT,
        /** A decision table evaluated by {@code step}; {@code table} holds what it was given and answered. */
        TABLE
    }

    /** One input or output of a table's evaluation: its DMN id, an input's label or an output's name, the value. */
    record Clause(String id, String name, String value) {
    }

    /**
     * @param decision the table's DMN id
     * @param rules the ids of the rules that matched, in the table's order
     */
    record Evaluation(String decision, List<String> rules, List<Clause> inputs, List<Clause> outputs) {
    }

    /**
     * @param stepName the step's name in the model; for {@link Kind#TABLE}, the table's
     * @param actor who completed a user task, else {@code null} (the system)
     * @param retriesLeft for a failed attempt, how many tries were left after it
     * @param table for {@link Kind#TABLE}, the evaluation; else {@code null}
     */
    record Entry(Kind kind, String step, String stepName, Instant started, Instant ended, String actor,
            String detail, Integer retriesLeft, Evaluation table) {
    }

    /** In the order the engine recorded them; empty for a request without a process. */
    List<Entry> of(Long requestId);
}
