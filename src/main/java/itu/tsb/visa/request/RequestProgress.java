package itu.tsb.visa.request;

import java.util.List;
import java.util.Map;

/**
 * Port to where a request's process stands: the steps it passed and waits in, and any step that
 * failed after its retries (an incident), which staff can send round again. Ids are the BPMN ids.
 */
public interface RequestProgress {

    record Incident(String step, String message) {
    }

    /** {@code times}: how many times each step passed (a correction and a second review count twice). */
    record Progress(List<String> passed, List<String> active, List<Incident> incidents, Map<String, Integer> times) {
    }

    Progress of(Long requestId);

    /** Gives every failed step of the request one more try; returns how many steps were retried. */
    int retryFailedSteps(Long requestId);

    /** The process model, for the diagram page. */
    String diagram();
}
