package itu.tsb.visa.request.policy;

import java.time.Instant;
import java.time.LocalDate;

import itu.tsb.visa.shared.text.Wording;
import itu.tsb.visa.shared.time.TimeConfig;

/**
 * A letter supports a visa for a meeting still to come (domain rule 6): once the meeting's first day has
 * begun in Geneva, nothing is approved or issued for it, and a request still open ends as expired.
 */
public final class MeetingAheadPolicy {

    /** Judged at {@code now}: passes while the meeting's first day has not begun (Geneva). */
    public RuleVerdict check(String meetingCode, LocalDate firstDay, Instant now) {
        LocalDate today = now.atZone(TimeConfig.GENEVA).toLocalDate();
        String inputs = "meeting=" + meetingCode + ", firstDay=" + firstDay + ", checkedOn=" + today;
        boolean ahead = !hasBegun(firstDay, now);
        return new RuleVerdict(ahead, Wording.of(ahead ? "meeting.ahead" : "meeting.begun", "meeting", meetingCode,
                "firstDay", firstDay, "today", today), inputs);
    }

    /** The instant a meeting begins: the start of its first day in Geneva. */
    public static Instant begins(LocalDate firstDay) {
        return firstDay.atStartOfDay(TimeConfig.GENEVA).toInstant();
    }

    public static boolean hasBegun(LocalDate firstDay, Instant now) {
        return !now.isBefore(begins(firstDay));
    }
}
