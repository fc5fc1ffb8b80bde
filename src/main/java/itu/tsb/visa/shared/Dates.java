package itu.tsb.visa.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates are written in messages shown to people: "17 May 2010". */
public final class Dates {

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    public static String human(LocalDate date) {
        return date == null ? "" : HUMAN.format(date);
    }
}
