package itu.tsb.visa.request;

import java.time.Instant;

/**
 * Port to the process that routes a request. Implementations address requests by id (the process's
 * business key), never by engine task ids, and throw {@link WorkflowStateException} when the process
 * is not waiting for what is asked.
 */
public interface RequestWorkflow {

    /**
     * Timer dates the process needs: when waiting for registrations ends, when an open review escalates,
     * and when the meeting begins (a request still open then expires).
     */
    record Deadlines(Instant registrationWaitEnds, Instant reviewEscalatesAt, Instant meetingBegins) {
    }

    void requestReceived(Long requestId, Deadlines deadlines);

    /** A registration named on the request changed; a no-op unless the process is waiting for one. */
    void registrationStatusChanged(Long requestId);

    /** The applicant corrected details; completes the open correction task in their name. */
    void detailsCorrected(Long requestId, String by);

    void withdrawn(Long requestId);

    /** The meeting moved: the process's deadlines, and its timers already set, follow. A no-op for an ended process. */
    void rescheduled(Long requestId, Deadlines deadlines);

    /**
     * Runs at once, on the caller's thread, the steps of the request that wait only for the job executor
     * (letters, notification), until none is left.
     */
    void runPendingSteps(Long requestId);
    /** Completes the open review task of a request with the decision taken, in the name of who took it. */
    void reviewCompleted(Long requestId, ReviewDecision decision, String by);

    /** The letter step failed after its retries: the process waits for the applicant's correction instead. */
    void sentBackFromFailedLetters(Long requestId);
}
