package itu.tsb.visa.request;

import java.time.LocalDate;
import java.util.stream.Collectors;

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.shared.Wording;

/**
 * Only representatives of the categories eligible for the meeting (by default Member States, Sector
 * Members and Associates) can be assisted, and the membership must be active on the received day.
 * The decision itself is the DMN table behind {@link EligibilityRules}; this turns it into a reason.
 */
public final class EligibilityPolicy {

    private final EligibilityRules rules;

    public EligibilityPolicy(EligibilityRules rules) {
        this.rules = rules;
    }

    public RuleVerdict check(Organization entity, Meeting meeting, LocalDate receivedDate) {
        boolean active = entity.memberOn(receivedDate);
        EligibilityRules.Reason reason = rules.decide(entity.getCategory(), meeting.eligibleCategories(), active);
        String inputs = "category=" + entity.getCategory() + ", eligibleCategories=" + meeting.eligibleCategories()
                + ", membershipActive=" + active + ", received=" + receivedDate;
        String period = entity.getMemberFrom() == null
                ? (entity.getMemberUntil() == null ? "eligibility.period.none" : "eligibility.period.until")
                : (entity.getMemberUntil() == null ? "eligibility.period.from" : "eligibility.period.fromUntil");
        String code = switch (reason) {
            case ELIGIBLE -> "eligibility.eligible";
            case CATEGORY_NOT_ELIGIBLE -> "eligibility.categoryNotEligible";
            case MEMBERSHIP_NOT_ACTIVE -> "eligibility.membershipNotActive";
        };
        return new RuleVerdict(reason == EligibilityRules.Reason.ELIGIBLE, Wording.of(code, "entity", entity.getName(),
                "category", entity.getCategory(), "received", receivedDate, "eligible",
                meeting.eligibleCategories().stream().map(Enum::name).collect(Collectors.joining(",")),
                "period", period, "memberFrom", entity.getMemberFrom(), "memberUntil", entity.getMemberUntil()), inputs);
    }
}
