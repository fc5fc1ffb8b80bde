package itu.tsb.visa.request;

import static itu.tsb.visa.shared.Dates.human;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Passport and person checks from the Schengen Visa Code (Regulation (EC) 810/2009). Errors send the
 * request back for correction; warnings are shown but do not stop it. Rules carry the date from which
 * they apply, and a request is judged by the rules in force on the day TSB received it.
 */
public final class TravelDocumentPolicy {

    public enum Severity {
        ERROR, WARNING
    }

    /** One thing found, on one field of one person; messages name no personal value. */
    public record Finding(Severity severity, String field, String message) {
    }

    /** Art. 9(1): when a visa application may be lodged, as in force from a given day. */
    record LodgingRules(LocalDate appliesFrom, int maxMonthsBefore, int minDaysBefore, String source) {
    }

    static final List<LodgingRules> LODGING = List.of(
            new LodgingRules(LocalDate.of(2010, 4, 5), 3, 15, "Regulation (EC) 810/2009, Art. 9(1)"),
            new LodgingRules(LocalDate.of(2020, 2, 2), 6, 15, "Regulation (EC) 810/2009 as amended by (EU) 2019/1155, Art. 9(1)"));

    static final int MIN_MONTHS_VALID_AFTER_DEPARTURE = 3;
    static final int MAX_YEARS_SINCE_ISSUE = 10;

    public List<Finding> check(PersonDetails d, LocalDate receivedDate, LocalDate meetingFirstDay,
            LocalDate meetingLastDay) {
        List<Finding> findings = new ArrayList<>();
        if (!d.dateOfBirth().isBefore(receivedDate)) {
            findings.add(new Finding(Severity.ERROR, "dateOfBirth",
                    "the date of birth must be in the past (before " + human(receivedDate) + ")"));
        }
        if (!d.issueDate().isBefore(d.expiryDate())) {
            findings.add(new Finding(Severity.ERROR, "passport.issueDate",
                    "the passport's issue date must be before its expiry date"));
        }
        if (d.issueDate().isAfter(receivedDate)) {
            findings.add(new Finding(Severity.ERROR, "passport.issueDate",
                    "the passport's issue date is after " + human(receivedDate) + ", the day TSB received the request"));
        }
        LocalDate validUntil = meetingLastDay.plusMonths(MIN_MONTHS_VALID_AFTER_DEPARTURE);
        if (d.expiryDate().isBefore(validUntil)) {
            findings.add(new Finding(Severity.ERROR, "passport.expiryDate",
                    "the passport must be valid until at least " + human(validUntil) + " (" + MIN_MONTHS_VALID_AFTER_DEPARTURE
                            + " months after the intended departure, the meeting's last day " + human(meetingLastDay)
                            + "; Visa Code Art. 12(a)); this one expires earlier: renew it before applying"));
        }
        LocalDate issuedFrom = receivedDate.minusYears(MAX_YEARS_SINCE_ISSUE);
        if (d.issueDate().isBefore(issuedFrom)) {
            findings.add(new Finding(Severity.ERROR, "passport.issueDate",
                    "the passport must have been issued within the previous " + MAX_YEARS_SINCE_ISSUE
                            + " years (on or after " + human(issuedFrom) + "; Visa Code Art. 12(b))"));
        }
        LodgingRules lodging = lodgingRulesOn(receivedDate);
        LocalDate earliest = meetingFirstDay.minusMonths(lodging.maxMonthsBefore());
        LocalDate latest = meetingFirstDay.minusDays(lodging.minDaysBefore());
        if (receivedDate.isBefore(earliest)) {
            findings.add(new Finding(Severity.WARNING, "meeting",
                    "a visa application can be lodged at most " + lodging.maxMonthsBefore()
                            + " months before travel (" + lodging.source() + "): apply at the Swiss representation"
                            + " on or after " + human(earliest)));
        }
        if (receivedDate.isAfter(latest)) {
            findings.add(new Finding(Severity.WARNING, "meeting",
                    "a visa application should be lodged at least " + lodging.minDaysBefore()
                            + " days before travel (" + lodging.source() + "), that is by " + human(latest)
                            + ": apply at once"));
        }
        return findings;
    }

    static LodgingRules lodgingRulesOn(LocalDate day) {
        return LODGING.stream().filter(r -> !r.appliesFrom().isAfter(day))
                .max(Comparator.comparing(LodgingRules::appliesFrom))
                .orElse(LODGING.get(0));
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
