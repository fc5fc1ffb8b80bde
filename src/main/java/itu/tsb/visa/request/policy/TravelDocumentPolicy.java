package itu.tsb.visa.request.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.shared.text.Wording;

/**
 * Passport and person checks from the Schengen Visa Code (Regulation (EC) 810/2009). Errors send the
 * request back for correction; warnings are shown but do not stop it. Rules carry the date from which
 * they apply, and a request is judged by the rules in force on the day TSB received it.
 */
public final class TravelDocumentPolicy {

    public enum Severity {
        ERROR, WARNING
    }

    /** One thing found, on one field of one person; its words name no personal value. */
    public record Finding(Severity severity, String field, Wording why) {

        /** Why, in English. */
        public String message() {
            return why.english();
        }
    }

    /** Art. 9(1): when a visa application may be lodged, as in force from a given day ({@code source}: the words' code). */
    record LodgingRules(LocalDate appliesFrom, int maxMonthsBefore, int minDaysBefore, String source) {
    }

    static final List<LodgingRules> LODGING = List.of(
            new LodgingRules(LocalDate.of(2010, 4, 5), 3, 15, "visaCode2009"),
            new LodgingRules(LocalDate.of(2020, 2, 2), 6, 15, "visaCode2019"));

    static final int MIN_MONTHS_VALID_AFTER_DEPARTURE = 3;
    static final int MAX_YEARS_SINCE_ISSUE = 10;

    /** The findings for a person of a request received that day, for that meeting. */
    public List<Finding> check(PersonDetails d, LocalDate receivedDate, Meeting meeting) {
        return check(d, receivedDate, meeting.getFirstDay(), meeting.getLastDay());
    }

    public List<Finding> check(PersonDetails d, LocalDate receivedDate, LocalDate meetingFirstDay,
            LocalDate meetingLastDay) {
        List<Finding> findings = new ArrayList<>();
        if (!d.dateOfBirth().isBefore(receivedDate)) {
            findings.add(new Finding(Severity.ERROR, "dateOfBirth",
                    Wording.of("travel.birthInFuture", "received", receivedDate)));
        }
        if (!d.issueDate().isBefore(d.expiryDate())) {
            findings.add(new Finding(Severity.ERROR, "passport.issueDate", Wording.of("travel.issuedAfterExpiry")));
        }
        if (d.issueDate().isAfter(receivedDate)) {
            findings.add(new Finding(Severity.ERROR, "passport.issueDate",
                    Wording.of("travel.issuedAfterReceipt", "received", receivedDate)));
        }
        LocalDate validUntil = meetingLastDay.plusMonths(MIN_MONTHS_VALID_AFTER_DEPARTURE);
        if (d.expiryDate().isBefore(validUntil)) {
            findings.add(new Finding(Severity.ERROR, "passport.expiryDate", Wording.of("travel.expiresTooSoon",
                    "validUntil", validUntil, "months", MIN_MONTHS_VALID_AFTER_DEPARTURE, "lastDay", meetingLastDay)));
        }
        LocalDate issuedFrom = receivedDate.minusYears(MAX_YEARS_SINCE_ISSUE);
        if (d.issueDate().isBefore(issuedFrom)) {
            findings.add(new Finding(Severity.ERROR, "passport.issueDate", Wording.of("travel.issuedTooLongAgo",
                    "years", MAX_YEARS_SINCE_ISSUE, "issuedFrom", issuedFrom)));
        }
        findings.addAll(lodging(receivedDate, meetingFirstDay));
        return findings;
    }

    /**
     * When the visa application can be lodged, for a request received on {@code receivedDate} (Art. 9(1)):
     * warnings only, which the submission form shows as soon as the meeting is chosen.
     */
    public List<Finding> lodging(LocalDate receivedDate, LocalDate meetingFirstDay) {
        List<Finding> findings = new ArrayList<>();
        LodgingRules lodging = lodgingRulesOn(receivedDate);
        LocalDate earliest = meetingFirstDay.minusMonths(lodging.maxMonthsBefore());
        LocalDate latest = meetingFirstDay.minusDays(lodging.minDaysBefore());
        if (receivedDate.isBefore(earliest)) {
            findings.add(new Finding(Severity.WARNING, "meeting", Wording.of("travel.lodgedTooEarly",
                    "months", lodging.maxMonthsBefore(), "source", lodging.source(), "earliest", earliest)));
        }
        if (receivedDate.isAfter(latest)) {
            findings.add(new Finding(Severity.WARNING, "meeting", Wording.of("travel.lodgedLate",
                    "days", lodging.minDaysBefore(), "source", lodging.source(), "latest", latest)));
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
