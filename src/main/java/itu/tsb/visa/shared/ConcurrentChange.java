package itu.tsb.visa.shared;

/**
 * Two people (or a person and a step of the process) changed the same thing at the same moment, and
 * this call lost: nothing it asked was stored, and the same call, made again, is judged on what the other
 * one left (it may then be refused for a reason of its own).
 */
public class ConcurrentChange extends WrongState {

    public static final String MESSAGE = "Someone else changed this at the same moment, and nothing of this call"
            + " was saved. Reload the page and try again.";

    public ConcurrentChange() {
        super(MESSAGE);
    }
}
