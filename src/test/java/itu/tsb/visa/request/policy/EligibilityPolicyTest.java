package itu.tsb.visa.request.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.MembershipCategory;
import itu.tsb.visa.reference.Organization;

/** The reasons shown to people for each answer of the eligibility table, and the inputs it is given. */
class EligibilityPolicyTest {

    private static final Meeting FG_SMART = new Meeting("FG", "FG Smart", null, "Geneva", null, LocalDate.of(2010, 6, 14),
            LocalDate.of(2010, 6, 16), 28, Meeting.DEFAULT_ELIGIBLE);

    private final EligibilityPolicy policy = new EligibilityPolicy();

    @Test
    void membershipIsJudgedOnTheReceivedDay() {
        Organization lapsed = new Organization("Example Associate", null, "BR", MembershipCategory.ASSOCIATE,
                LocalDate.of(2008, 1, 1), LocalDate.of(2010, 5, 2));

        assertThat(policy.question(lapsed, FG_SMART, LocalDate.of(2010, 5, 2)).membershipActive()).isTrue();
        assertThat(policy.verdict(lapsed, FG_SMART, LocalDate.of(2010, 5, 2), EligibilityPolicy.Reason.ELIGIBLE).passed())
                .isTrue();
        LocalDate dayAfter = LocalDate.of(2010, 5, 3);
        EligibilityPolicy.Question asked = policy.question(lapsed, FG_SMART, dayAfter);
        RuleVerdict after = policy.verdict(lapsed, FG_SMART, dayAfter, EligibilityPolicy.Reason.MEMBERSHIP_NOT_ACTIVE);

        assertThat(asked.membershipActive()).isFalse();
        assertThat(asked.category()).isEqualTo(MembershipCategory.ASSOCIATE);
        assertThat(asked.eligibleCategories()).isEqualTo(FG_SMART.eligibleCategories());
        assertThat(after.passed()).isFalse();
        assertThat(after.reason()).contains("not active on 3 May 2010").contains("from 1 January 2008 until 2 May 2010");
    }

    @Test
    void ineligibleCategoryNamesTheEligibleOnes() {
        Organization forum = new Organization("Forum", null, "US", MembershipCategory.NON_MEMBER, null, null);

        RuleVerdict verdict = policy.verdict(forum, FG_SMART, LocalDate.of(2010, 5, 3),
                EligibilityPolicy.Reason.CATEGORY_NOT_ELIGIBLE);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reason()).contains("registered as non-member")
                .contains("Member State, Sector Member, Associate").contains("may still attend");
        assertThat(verdict.inputs()).contains("category=NON_MEMBER");
    }
}
