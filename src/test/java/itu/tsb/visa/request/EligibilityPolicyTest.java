package itu.tsb.visa.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.MembershipCategory;
import itu.tsb.visa.reference.Organization;

/** The reasons shown to people for each answer of the eligibility table, and the inputs it is given. */
class EligibilityPolicyTest {

    private static final Meeting FG_SMART = new Meeting("FG", "FG Smart", null, "Geneva", null, LocalDate.of(2010, 6, 14),
            LocalDate.of(2010, 6, 16), 28, Meeting.DEFAULT_ELIGIBLE);

    @Test
    void membershipIsJudgedOnTheReceivedDay() {
        AtomicBoolean activeSeen = new AtomicBoolean();
        EligibilityPolicy policy = new EligibilityPolicy((category, eligible, active) -> {
            activeSeen.set(active);
            return active ? EligibilityRules.Reason.ELIGIBLE : EligibilityRules.Reason.MEMBERSHIP_NOT_ACTIVE;
        });
        Organization lapsed = new Organization("Example Associate", null, "BR", MembershipCategory.ASSOCIATE,
                LocalDate.of(2008, 1, 1), LocalDate.of(2010, 5, 2));

        assertThat(policy.check(lapsed, FG_SMART, LocalDate.of(2010, 5, 2)).passed()).isTrue();
        RuleVerdict after = policy.check(lapsed, FG_SMART, LocalDate.of(2010, 5, 3));

        assertThat(activeSeen).isFalse();
        assertThat(after.reason()).contains("not active on 3 May 2010").contains("from 1 January 2008 until 2 May 2010");
    }

    @Test
    void ineligibleCategoryNamesTheEligibleOnes() {
        EligibilityPolicy policy = new EligibilityPolicy((c, e, a) -> EligibilityRules.Reason.CATEGORY_NOT_ELIGIBLE);
        Organization forum = new Organization("Forum", null, "US", MembershipCategory.NON_MEMBER, null, null);

        RuleVerdict verdict = policy.check(forum, FG_SMART, LocalDate.of(2010, 5, 3));

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reason()).contains("registered as non-member")
                .contains("Member State, Sector Member, Associate").contains("may still attend");
        assertThat(verdict.inputs()).contains("category=NON_MEMBER");
    }
}
