package itu.tsb.visa.request;

/** The process is not in a state for the asked action (no such open task, already ended). */
public class WorkflowStateException extends RuntimeException {
    public WorkflowStateException(String message) {
        super(message);
    }
}
