package itu.tsb.visa.request;

import java.time.Instant;
import java.util.List;

/**
 * Port to what the process engine recorded of a request: each step it ran (when it started and ended;
 * who completed a task), each step that failed (a job's failed attempt, with the retries left) and each
 * incident (a step that failed after its retries, and when it was resolved). Steps are named by their
 * BPMN ids; nothing here holds personal data.
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
        INCIDENT
    }

    /**
     * @param actor who completed a user task, else {@code null} (the system)
     * @param retriesLeft for a failed attempt, how many tries were left after it
     */
    record Entry(Kind kind, String step, String stepName, Instant started, Instant ended, String actor,
            String detail, Integer retriesLeft) {
    }

    /** In the order the engine recorded them; empty for a request without a process. */
    List<Entry> of(Long requestId);
}
