package itu.tsb.visa.workflow;

import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import itu.tsb.visa.reference.MembershipCategory;
import itu.tsb.visa.request.EligibilityRules;

/** Evaluates the deployed {@code Decision_Eligibility} table (bpmn/eligibility.dmn). */
@Component
class DmnEligibilityRules implements EligibilityRules {

    private final DecisionService decisions;

    DmnEligibilityRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public Reason decide(MembershipCategory category, Set<MembershipCategory> eligibleCategories,
            boolean membershipActive) {
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(ProcessVariables.DECISION_ELIGIBILITY)
                .variables(inputs(category, eligibleCategories, membershipActive))
                .evaluate()
                .getSingleResult();
        return Reason.valueOf(result.getEntry("reason"));
    }

    /** The table's inputs: plain strings and a boolean, so that it reads the same in any DMN tool. */
    static VariableMap inputs(MembershipCategory category, Set<MembershipCategory> eligible, boolean active) {
        return Variables.createVariables()
                .putValue("entityCategory", category.name())
                .putValue("eligibleCategories", eligible.stream().map(Enum::name).sorted().toList())
                .putValue("membershipActive", active);
    }
}
