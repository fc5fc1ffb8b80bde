package itu.tsb.visa.request.policy;

import java.time.LocalDate;

import itu.tsb.visa.shared.text.Wording;

/**
 * TSB Circular 113, para. 10: TSB can approach the Swiss authorities only if the request reached it
 * no later than the meeting's first day minus the meeting's number of days (28 by default), Geneva time.
 */
public final class SubmissionWindowPolicy {

    public RuleVerdict check(LocalDate receivedDate, LocalDate firstDay, int daysBefore) {
        LocalDate lastDay = firstDay.minusDays(daysBefore);
        String inputs = "received=" + receivedDate + ", firstDay=" + firstDay + ", daysBefore=" + daysBefore
                + ", lastDayForRequests=" + lastDay;
        boolean inTime = !receivedDate.isAfter(lastDay);
        return new RuleVerdict(inTime, Wording.of(inTime ? "window.inTime" : "window.late", "received", receivedDate,
                "lastDay", lastDay, "daysBefore", daysBefore, "firstDay", firstDay), inputs);
    }
}
