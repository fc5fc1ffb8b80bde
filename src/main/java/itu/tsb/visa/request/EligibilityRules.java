package itu.tsb.visa.request;

import java.util.Set;

import itu.tsb.visa.reference.MembershipCategory;

/** Port to the eligibility decision (a DMN table, evaluated by the workflow module). */
public interface EligibilityRules {

    enum Reason {
        ELIGIBLE, CATEGORY_NOT_ELIGIBLE, MEMBERSHIP_NOT_ACTIVE
    }

    Reason decide(MembershipCategory category, Set<MembershipCategory> eligibleCategories, boolean membershipActive);
}
