package itu.tsb.visa.request.policy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.MembershipCategory;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.shared.text.Wording;

/**
 * Only representatives of the categories eligible for the meeting (by default Member States, Sector
 * Members and Associates) can be assisted, and the membership must be active on the received day.
 * The decision itself is the DMN table {@code Decision_Eligibility} (bpmn/eligibility.dmn), which the
 * process evaluates as its own step: this says what the table is asked ({@link #question}) and turns its
 * answer into a reason a person can act on ({@link #verdict}).
 */
public final class EligibilityPolicy {

    /** The table's answers. */
    public enum Reason {
        ELIGIBLE, CATEGORY_NOT_ELIGIBLE, MEMBERSHIP_NOT_ACTIVE
    }

    /** What the table is asked: nothing personal, the entity's category and standing and the meeting's rule. */
    public record Question(MembershipCategory category, Set<MembershipCategory> eligibleCategories,
            boolean membershipActive) {
        public Question {
            Set<MembershipCategory> copy = EnumSet.noneOf(MembershipCategory.class);
            copy.addAll(eligibleCategories);
            eligibleCategories = Set.copyOf(copy);
        }
    }

    public Question question(Organization entity, Meeting meeting, LocalDate receivedDate) {
        return new Question(entity.getCategory(), meeting.eligibleCategories(), entity.memberOn(receivedDate));
    }

    public RuleVerdict verdict(Organization entity, Meeting meeting, LocalDate receivedDate, Reason answer) {
        Question asked = question(entity, meeting, receivedDate);
        String inputs = "category=" + asked.category() + ", eligibleCategories=" + meeting.eligibleCategories()
                + ", membershipActive=" + asked.membershipActive() + ", received=" + receivedDate;
        String period = entity.getMemberFrom() == null
                ? (entity.getMemberUntil() == null ? "eligibility.period.none" : "eligibility.period.until")
                : (entity.getMemberUntil() == null ? "eligibility.period.from" : "eligibility.period.fromUntil");
        String code = switch (answer) {
            case ELIGIBLE -> "eligibility.eligible";
            case CATEGORY_NOT_ELIGIBLE -> "eligibility.categoryNotEligible";
            case MEMBERSHIP_NOT_ACTIVE -> "eligibility.membershipNotActive";
        };
        return new RuleVerdict(answer == Reason.ELIGIBLE, Wording.of(code, "entity", entity.getName(),
                "category", entity.getCategory(), "received", receivedDate, "eligible",
                meeting.eligibleCategories().stream().map(Enum::name).collect(Collectors.joining(",")),
                "period", period, "memberFrom", entity.getMemberFrom(), "memberUntil", entity.getMemberUntil()), inputs);
    }
}
