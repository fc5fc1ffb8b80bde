package itu.tsb.visa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.shared.time.PlausibleDates;

class PlausibleDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void birthsFrom1900UntilToday() {
        assertThat(PlausibleDates.birth(LocalDate.of(1900, 1, 1), TODAY)).isEmpty();
        assertThat(PlausibleDates.birth(TODAY, TODAY)).isEmpty();
        assertThat(PlausibleDates.birth(LocalDate.of(1899, 12, 31), TODAY))
                .contains("must be between 1 January 1900 and 27 November 2026");
        assertThat(PlausibleDates.birth(TODAY.plusDays(1), TODAY)).isPresent();
        assertThat(PlausibleDates.birth(LocalDate.MIN, TODAY)).isPresent();
    }

    @Test
    void passportDatesWithinTwentyYearsOfToday() {
        assertThat(PlausibleDates.passport(TODAY.minusYears(20), TODAY)).isEmpty();
        assertThat(PlausibleDates.passport(TODAY.plusYears(20), TODAY)).isEmpty();
        assertThat(PlausibleDates.passport(TODAY.minusYears(20).minusDays(1), TODAY)).isPresent();
        assertThat(PlausibleDates.passport(LocalDate.MAX, TODAY)).isPresent();
    }

    @Test
    void meetingsFrom2000UntilTenYearsAhead() {
        assertThat(PlausibleDates.meetingDay(LocalDate.of(2010, 6, 14), TODAY)).isEmpty();
        assertThat(PlausibleDates.meetingDay(LocalDate.of(1999, 12, 31), TODAY)).isPresent();
        assertThat(PlausibleDates.meetingDay(TODAY.plusYears(10), TODAY)).isEmpty();
        assertThat(PlausibleDates.meetingDay(TODAY.plusYears(10).plusDays(1), TODAY))
                .contains("must be between 1 January 2000 and 27 November 2036");
    }
}
