package itu.tsb.visa.shared.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as people and spreadsheets write it (1980-01-31, 31/01/1980 or 31.01.1980), read strictly: 31 February is
 * not rolled into 28 February or 3 March, and a year of two digits is not guessed. What is not a day gets a reason
 * a person can act on.
 */
public final class StrictDays {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d+)");

    /** The day read, or the reason it is not one. */
    public record Read(LocalDate day, String problem) {
        public boolean ok() {
            return day != null;
        }
    }

    private StrictDays() {
    }

    public static Read read(String text) {
        String s = text == null ? "" : text.strip();
        Matcher iso = ISO.matcher(s);
        Matcher dayFirst = DAY_FIRST.matcher(s);
        int year;
        int month;
        int day;
        if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else if (dayFirst.matches()) {
            if (dayFirst.group(3).length() != 4) {
                return new Read(null, "'" + s + "' has a year of " + dayFirst.group(3).length()
                        + " digit(s): write the year in full, as in 31/01/1980");
            }
            day = Integer.parseInt(dayFirst.group(1));
            month = Integer.parseInt(dayFirst.group(2));
            year = Integer.parseInt(dayFirst.group(3));
        } else {
            return new Read(null, "'" + s + "' is not a day: write 1980-01-31 or 31/01/1980");
        }
        if (month < 1 || month > 12) {
            return new Read(null, "'" + s + "' is not a day: there is no month " + month + "; write the day first, as in 31/01/1980");
        }
        int length = Month.of(month).length(Year.isLeap(year));
        if (day < 1 || day > length) {
            return new Read(null, "'" + s + "' is not a day: that month has " + length + " days");
        }
        try {
            return new Read(LocalDate.of(year, month, day), null);
        } catch (DateTimeException e) {
            return new Read(null, "'" + s + "' is not a day: write 1980-01-31 or 31/01/1980");
        }
    }
}
