package itu.tsb.visa.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import itu.tsb.visa.reference.MembershipCategory;
import itu.tsb.visa.request.policy.EligibilityPolicy;

/** The eligibility table on the standalone DMN engine, set as the process engine's: every rule and the order they are tried in. */
class EligibilityDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = ((org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration()).enableFeelLegacyBehavior(EngineConfig.FEEL_LEGACY).buildEngine();
        try (InputStream in = EligibilityDecisionTest.class.getResourceAsStream("/bpmn/eligibility.dmn")) {
            decision = dmn.parseDecision(ProcessVariables.DECISION_ELIGIBILITY, in);
        }
    }

    @ParameterizedTest(name = "{0} for a meeting open to {1}, membership active {2}: {3}")
    @CsvSource({
            "MEMBER_STATE,  MEMBER_STATE SECTOR_MEMBER ASSOCIATE, true,  ELIGIBLE",
            "SECTOR_MEMBER, MEMBER_STATE SECTOR_MEMBER ASSOCIATE, true,  ELIGIBLE",
            "ASSOCIATE,     MEMBER_STATE SECTOR_MEMBER ASSOCIATE, true,  ELIGIBLE",
            "ACADEMIA,      MEMBER_STATE SECTOR_MEMBER ASSOCIATE, true,  CATEGORY_NOT_ELIGIBLE",
            "NON_MEMBER,    MEMBER_STATE SECTOR_MEMBER ASSOCIATE, true,  CATEGORY_NOT_ELIGIBLE",
            "ACADEMIA,      MEMBER_STATE ACADEMIA,                true,  ELIGIBLE",
            "MEMBER_STATE,  MEMBER_STATE SECTOR_MEMBER ASSOCIATE, false, MEMBERSHIP_NOT_ACTIVE",
            "NON_MEMBER,    MEMBER_STATE,                         false, CATEGORY_NOT_ELIGIBLE",
            "SECTOR_MEMBER, MEMBER_STATE,                         true,  CATEGORY_NOT_ELIGIBLE",
    })
    void decidesByCategoryThenMembership(MembershipCategory category, String eligible, boolean active, String reason) {
        List<MembershipCategory> categories = java.util.Arrays.stream(eligible.trim().split("\\s+"))
                .map(MembershipCategory::valueOf).toList();

        DmnDecisionResultEntries result = dmn.evaluateDecision(decision,
                EligibilityTable.inputs(new EligibilityPolicy.Question(category, java.util.Set.copyOf(categories), active)))
                .getSingleResult();

        assertThat((String) result.getEntry("reason")).isEqualTo(reason);
        assertThat((Boolean) result.getEntry("eligible")).isEqualTo(reason.equals("ELIGIBLE"));
    }
}
