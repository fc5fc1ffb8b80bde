package itu.tsb.visa.shared.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates are written in messages shown to people: "17 May 2010", "17 mai 2010". */
public final class Dates {

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FRENCH_MONTH_YEAR = DateTimeFormatter.ofPattern(" MMMM yyyy", Locale.FRENCH);

    private Dates() {
    }

    public static String human(LocalDate date) {
        return date == null ? "" : HUMAN.format(date);
    }

    /** "17 May 2010" in English, "17 mai 2010" in French ("1er juin 2010" on the first of a month). */
    public static String human(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        if (!"fr".equals(locale.getLanguage())) {
            return human(date);
        }
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth()))
                + FRENCH_MONTH_YEAR.format(date);
    }
}
