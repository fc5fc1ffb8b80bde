package itu.tsb.visa.request;

import static itu.tsb.visa.shared.Dates.human;

import java.time.Instant;
import java.time.LocalDate;

import itu.tsb.visa.shared.TimeConfig;

/**
 * A letter supports a visa for a meeting still to come (domain rule 6): once the meeting's first day has
 * begun in Geneva, nothing is approved or issued for it, and a request still open ends as expired.
 */
public final class MeetingAheadPolicy {

    /** Judged at {@code now}: passes while the meeting's first day has not begun (Geneva). */
    public RuleVerdict check(String meetingCode, LocalDate firstDay, Instant now) {
        LocalDate today = now.atZone(TimeConfig.GENEVA).toLocalDate();
        String inputs = "meeting=" + meetingCode + ", firstDay=" + firstDay + ", checkedOn=" + today;
        if (hasBegun(firstDay, now)) {
            return new RuleVerdict(false, "Meeting " + meetingCode + " began on " + human(firstDay)
                    + " (checked on " + human(today) + "): TSB supports visa applications only for meetings still to"
                    + " come, so this request has expired and no letter is issued for it.", inputs);
        }
        return new RuleVerdict(true, "Meeting " + meetingCode + " begins on " + human(firstDay) + ", after "
                + human(today) + ".", inputs);
    }

    /** The instant a meeting begins: the start of its first day in Geneva. */
    public static Instant begins(LocalDate firstDay) {
        return firstDay.atStartOfDay(TimeConfig.GENEVA).toInstant();
    }

    public static boolean hasBegun(LocalDate firstDay, Instant now) {
        return !now.isBefore(begins(firstDay));
    }
}
