package itu.tsb.visa.request;

import static itu.tsb.visa.shared.Dates.human;

import java.time.LocalDate;

/**
 * TSB Circular 113, para. 10: TSB can approach the Swiss authorities only if the request reached it
 * no later than the meeting's first day minus the meeting's number of days (28 by default), Geneva time.
 */
public final class SubmissionWindowPolicy {

    public RuleVerdict check(LocalDate receivedDate, LocalDate firstDay, int daysBefore) {
        LocalDate lastDay = firstDay.minusDays(daysBefore);
        String inputs = "received=" + receivedDate + ", firstDay=" + firstDay + ", daysBefore=" + daysBefore
                + ", lastDayForRequests=" + lastDay;
        if (receivedDate.isAfter(lastDay)) {
            return new RuleVerdict(false, "Received " + human(receivedDate) + "; the last day for this meeting was "
                    + human(lastDay) + " (" + daysBefore + " days before its first day, " + human(firstDay)
                    + "). TSB can no longer approach the Swiss authorities for it: apply directly to the Swiss"
                    + " representation.", inputs);
        }
        return new RuleVerdict(true, "Received " + human(receivedDate) + ", on or before " + human(lastDay)
                + ", the last day for this meeting.", inputs);
    }
}
