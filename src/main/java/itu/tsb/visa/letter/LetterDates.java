package itu.tsb.visa.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as each language writes them in a letter: "1er juin 2010", "du 14 au 16 juin 2010" in French;
 * "1 June 2010", "from 14 to 16 June 2010" in English.
 */
final class LetterDates {

    private static final DateTimeFormatter EN_DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter FR_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter FR_MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.FRENCH);

    private final boolean french;

    private LetterDates(boolean french) {
        this.french = french;
    }

    static LetterDates of(Locale language) {
        return new LetterDates("fr".equals(language.getLanguage()));
    }

    /** One day: "1er juin 2010", "14 juin 2010"; "1 June 2010". */
    String day(LocalDate date) {
        return french ? frenchDay(date) + " " + FR_MONTH_YEAR.format(date) : EN_DAY_MONTH_YEAR.format(date);
    }

    /** A span of days, naming the month and year once where they are shared. */
    String span(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return french ? "le " + day(first) : "on " + day(first);
        }
        boolean sameYear = first.getYear() == last.getYear();
        boolean sameMonth = sameYear && first.getMonth() == last.getMonth();
        if (french) {
            String start = sameMonth ? frenchDay(first)
                    : sameYear ? frenchDay(first) + " " + FR_MONTH.format(first) : day(first);
            return "du " + start + " au " + day(last);
        }
        String start = sameMonth ? Integer.toString(first.getDayOfMonth())
                : sameYear ? EN_DAY_MONTH.format(first) : day(first);
        return "from " + start + " to " + day(last);
    }

    private static String frenchDay(LocalDate date) {
        return date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
    }
}
