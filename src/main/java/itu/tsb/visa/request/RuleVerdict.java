package itu.tsb.visa.request;

/** What a rule decided, why (for people) and from what (for auditors). */
public record RuleVerdict(boolean passed, String reason, String inputs) {
}
