package itu.tsb.visa.request.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SubmissionWindowPolicyTest {

    private final SubmissionWindowPolicy policy = new SubmissionWindowPolicy();
    private static final LocalDate FG_SMART_FIRST_DAY = LocalDate.of(2010, 6, 14);

    @Test
    void lastDayIsTheFirstDayMinusTwentyEightDays() {
        RuleVerdict verdict = policy.check(LocalDate.of(2010, 5, 17), FG_SMART_FIRST_DAY, 28);

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.reason()).contains("17 May 2010");
    }

    @Test
    void lateRequestIsRefusedWithBothDates() {
        RuleVerdict verdict = policy.check(LocalDate.of(2010, 5, 18), FG_SMART_FIRST_DAY, 28);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reason()).startsWith("Received 18 May 2010; the last day for this meeting was 17 May 2010")
                .contains("apply directly to the Swiss representation");
        assertThat(verdict.inputs()).contains("lastDayForRequests=2010-05-17");
    }

    @Test
    void theNumberOfDaysIsPerMeeting() {
        assertThat(policy.check(LocalDate.of(2010, 5, 31), FG_SMART_FIRST_DAY, 14).passed()).isTrue();
        assertThat(policy.check(LocalDate.of(2010, 6, 1), FG_SMART_FIRST_DAY, 14).passed()).isFalse();
    }
}
