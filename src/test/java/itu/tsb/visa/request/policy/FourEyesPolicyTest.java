package itu.tsb.visa.request.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.request.Channel;

class FourEyesPolicyTest {

    private final FourEyesPolicy on = new FourEyesPolicy(true);

    @Test
    void whoRecordedAnIntakeOrCorrectedAPersonDoesNotApproveAlone() {
        assertThat(on.refusal("anna", Channel.FAX, "anna", List.of()).orElseThrow().code()).isEqualTo("fourEyes.recorded");
        assertThat(on.refusal("anna", Channel.EMAIL, "anna", List.of()).orElseThrow().args()).containsEntry("channel", "EMAIL");
        assertThat(on.refusal("anna", Channel.ONLINE, "focal", List.of("focal", "anna")).orElseThrow().code())
                .isEqualTo("fourEyes.corrected");
    }

    @Test
    void anotherMemberOfStaffMayAndADeploymentWithOneMayTurnItOff() {
        assertThat(on.refusal("ben", Channel.FAX, "anna", List.of("anna"))).isEmpty();
        assertThat(on.refusal("anna", Channel.ONLINE, "anna", List.of())).isEmpty();
        assertThat(new FourEyesPolicy(false).refusal("anna", Channel.FAX, "anna", List.of("anna"))).isEmpty();
    }
}
