package itu.tsb.visa.request;

import static itu.tsb.visa.shared.Dates.human;

import java.time.LocalDate;
import java.util.stream.Collectors;

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.MembershipCategory;
import itu.tsb.visa.reference.Organization;

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
        String eligibleNames = meeting.eligibleCategories().stream().map(MembershipCategory::english)
                .collect(Collectors.joining(", "));
        return switch (reason) {
            case ELIGIBLE -> new RuleVerdict(true, entity.getName() + " is an ITU " + entity.getCategory().english()
                    + " with membership active on " + human(receivedDate) + ".", inputs);
            case CATEGORY_NOT_ELIGIBLE -> new RuleVerdict(false, entity.getName() + " is registered as "
                    + entity.getCategory().english() + "; for this meeting ITU can request visas only for"
                    + " representatives of: " + eligibleNames + ". Its delegates may still attend, but must apply"
                    + " for their visa without ITU's support.", inputs);
            case MEMBERSHIP_NOT_ACTIVE -> new RuleVerdict(false, entity.getName() + "'s ITU membership was not"
                    + " active on " + human(receivedDate) + ", the day TSB received the request ("
                    + membershipPeriod(entity) + "). Contact TSB if the membership list is out of date.", inputs);
        };
    }

    private static String membershipPeriod(Organization entity) {
        if (entity.getMemberFrom() == null && entity.getMemberUntil() == null) {
            return "no membership period is recorded";
        }
        return "member" + (entity.getMemberFrom() == null ? "" : " from " + human(entity.getMemberFrom()))
                + (entity.getMemberUntil() == null ? "" : " until " + human(entity.getMemberUntil()));
    }
}
