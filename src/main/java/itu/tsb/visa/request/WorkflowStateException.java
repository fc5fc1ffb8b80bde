package itu.tsb.visa.request;

import itu.tsb.visa.shared.WrongState;

/**
 * The process is not in a state for the asked action (no such open task, already ended): a refusal like any
 * other state the request is not in, said as such to the person who asked.
 */
public class WorkflowStateException extends WrongState {
    public WorkflowStateException(String message) {
        super(message);
    }
}
