package itu.tsb.visa.request.policy;

import itu.tsb.visa.shared.text.Wording;

/** What a rule decided, why (for people, worded in their language) and from what (for auditors). */
public record RuleVerdict(boolean passed, Wording why, String inputs) {

    /** Why, in English. */
    public String reason() {
        return why.english();
    }
}
