package itu.tsb.visa.workflow;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import itu.tsb.visa.request.policy.EligibilityPolicy;

/**
 * The eligibility table (bpmn/eligibility.dmn) as the process's step {@code Task_CheckEligibility}, a
 * business rule task: the engine evaluates it and records the evaluation (inputs, the rule that matched,
 * outputs) against the process instance, and the domain words the answer into the request's decision.
 */
final class EligibilityTable {

    /** Where the engine leaves the result of a business rule task for its end listener (transient). */
    private static final String RESULT = "decisionResult";

    private EligibilityTable() {
    }

    /** The table's inputs: plain strings, a list of them and a boolean, nothing personal (the engine records them). */
    static VariableMap inputs(EligibilityPolicy.Question asked) {
        return Variables.createVariables()
                .putValue("entityCategory", asked.category().name())
                .putValue("eligibleCategories", asked.eligibleCategories().stream().map(Enum::name).sorted().toList())
                .putValue("membershipActive", asked.membershipActive());
    }

    /** Before the table runs: its inputs on the step's execution, transient (the engine's record keeps them). */
    static void ask(DelegateExecution execution, EligibilityPolicy.Question asked) {
        inputs(asked).forEach((name, value) -> execution.setVariableLocal(name, Variables.untypedValue(value, true)));
    }

    /** After it: the table's answer, as the engine left it for the step's end listener. */
    static EligibilityPolicy.Reason answer(DelegateExecution execution) {
        Object result = execution.getVariableLocal(RESULT);
        if (!(result instanceof DmnDecisionResult table) || table.size() != 1) {
            throw new IllegalStateException("the eligibility table gave no single answer: " + result);
        }
        return EligibilityPolicy.Reason.valueOf(table.getSingleResult().getEntry("reason"));
    }
}
