package itu.tsb.visa.request.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.shared.time.TimeConfig;

class MeetingAheadPolicyTest {

    private final MeetingAheadPolicy policy = new MeetingAheadPolicy();
    private static final LocalDate FIRST_DAY = LocalDate.of(2010, 6, 14);

    @Test
    void theMeetingIsAheadUntilTheLastMomentOfTheDayBeforeInGeneva() {
        var lastMoment = ZonedDateTime.of(2010, 6, 13, 23, 59, 59, 0, TimeConfig.GENEVA).toInstant();

        RuleVerdict verdict = policy.check("FG", FIRST_DAY, lastMoment);

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.reason()).isEqualTo("Meeting FG begins on 14 June 2010, after 13 June 2010.");
    }

    @Test
    void fromMidnightGenevaTimeOnItsFirstDayTheMeetingHasBegunWithTheDayInTheReason() {
        // 22:00 UTC on 13 June is midnight in Geneva (summer time)
        var midnight = ZonedDateTime.of(2010, 6, 13, 22, 0, 0, 0, java.time.ZoneOffset.UTC).toInstant();

        RuleVerdict verdict = policy.check("FG", FIRST_DAY, midnight);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reason()).startsWith("Meeting FG began on 14 June 2010 (checked on 14 June 2010)")
                .contains("no letter is issued");
        assertThat(verdict.inputs()).isEqualTo("meeting=FG, firstDay=2010-06-14, checkedOn=2010-06-14");
    }
}
