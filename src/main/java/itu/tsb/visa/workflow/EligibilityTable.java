package itu.tsb.visa.workflow;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import itu.tsb.visa.request.EligibilityPolicy;

/**
 * The eligibility table (bpmn/eligibility.dmn) as the process's step {@code Task_CheckEligibility}, a
 * business rule task: the engine evaluates it and records the evaluation (inputs, the rule that matched,
 * outputs) against the process instance, and the domain words the answer into the request's decision.
 */
final class EligibilityTable {

    /** Where the engine leaves the result of a business rule task for its end listener (transient). */
    static final String RESULT = "decisionResult";

    private EligibilityTable() {
    }

    /** The table's inputs: plain strings and a boolean, so that it reads the same in any DMN tool. */
    static VariableMap inputs(EligibilityPolicy.Question asked) {
        return Variables.createVariables()
                .putValue("entityCategory", asked.category().name())
                .putValue("eligibleCategories", asked.eligibleCategories().stream().map(Enum::name).sorted().toList())
                .putValue("membershipActive", asked.membershipActive());
    }

    static EligibilityPolicy.Reason answer(Object result) {
        if (!(result instanceof DmnDecisionResult table) || table.size() != 1) {
            throw new IllegalStateException("the eligibility table gave no single answer: " + result);
        }
        return EligibilityPolicy.Reason.valueOf(table.getSingleResult().getEntry("reason"));
    }
}
