package itu.tsb.visa.workflow;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import itu.tsb.visa.reference.MembershipCategory;
import itu.tsb.visa.request.EligibilityRules;

/**
 * Evaluates the deployed {@code Decision_Eligibility} table (bpmn/eligibility.dmn). The table is a pure
 * function of three small inputs (at most 5 categories x 32 sets of eligible ones x 2), so each
 * combination is evaluated once per deployment this node has seen: evaluating its FEEL took a quarter of
 * a submission's CPU (see README, "Performance"). A changed table comes with a new build of the
 * application: each node uses it from its restart.
 */
@Component
class DmnEligibilityRules implements EligibilityRules {

    private final DecisionService decisions;
    private final Map<List<Object>, Reason> verdicts = new ConcurrentHashMap<>();

    DmnEligibilityRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public Reason decide(MembershipCategory category, Set<MembershipCategory> eligibleCategories,
            boolean membershipActive) {
        Set<MembershipCategory> eligible = EnumSet.noneOf(MembershipCategory.class);
        eligible.addAll(eligibleCategories);
        List<Object> key = List.of(category, eligible, membershipActive);
        return verdicts.computeIfAbsent(key, k -> evaluate(category, eligibleCategories, membershipActive));
    }

    private Reason evaluate(MembershipCategory category, Set<MembershipCategory> eligibleCategories,
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
