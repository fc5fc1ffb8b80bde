package itu.tsb.visa.shared.time;

import static itu.tsb.visa.shared.text.Dates.human;

import java.time.LocalDate;
import java.util.Optional;

import itu.tsb.visa.shared.text.Dates;

/**
 * The dates a person, a passport or a meeting can plausibly carry. A date outside these bounds is a
 * typing error (a year 0, a year 20100) and is refused as a field error before it can reach a letter.
 */
public final class PlausibleDates {

    /** The earliest date of birth accepted. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** A passport's issue and expiry dates lie within this many years of today. */
    public static final int PASSPORT_YEARS = 20;
    /** Meetings after this day only (the oldest meeting on record is of 2010). */
    public static final LocalDate EARLIEST_MEETING = LocalDate.of(2000, 1, 1);
    /** A meeting lies at most this many years ahead of today. */
    public static final int MEETING_YEARS_AHEAD = 10;

    private PlausibleDates() {
    }

    public static Optional<String> birth(LocalDate date, LocalDate today) {
        return between(date, EARLIEST_BIRTH, today);
    }

    public static Optional<String> passport(LocalDate date, LocalDate today) {
        return between(date, today.minusYears(PASSPORT_YEARS), today.plusYears(PASSPORT_YEARS));
    }

    public static Optional<String> meetingDay(LocalDate date, LocalDate today) {
        return between(date, EARLIEST_MEETING, today.plusYears(MEETING_YEARS_AHEAD));
    }

    private static Optional<String> between(LocalDate date, LocalDate earliest, LocalDate latest) {
        if (date == null || (!date.isBefore(earliest) && !date.isAfter(latest))) {
            return Optional.empty();
        }
        return Optional.of("must be between " + human(earliest) + " and " + human(latest));
    }
}
