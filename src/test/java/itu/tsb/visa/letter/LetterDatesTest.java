package itu.tsb.visa.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LetterDatesTest {

    private final LetterDates fr = LetterDates.of(Locale.FRENCH);
    private final LetterDates en = LetterDates.of(Locale.ENGLISH);

    @Test
    void frenchWritesTheFirstOfTheMonthAsPremier() {
        assertThat(fr.day(LocalDate.of(2010, 6, 1))).isEqualTo("1er juin 2010");
        assertThat(fr.day(LocalDate.of(2010, 6, 14))).isEqualTo("14 juin 2010");
        assertThat(en.day(LocalDate.of(2010, 6, 1))).isEqualTo("1 June 2010");
    }

    @Test
    void spansNameTheSharedMonthAndYearOnce() {
        assertThat(fr.span(LocalDate.of(2010, 6, 14), LocalDate.of(2010, 6, 16))).isEqualTo("du 14 au 16 juin 2010");
        assertThat(fr.span(LocalDate.of(2010, 6, 28), LocalDate.of(2010, 7, 1))).isEqualTo("du 28 juin au 1er juillet 2010");
        assertThat(fr.span(LocalDate.of(2010, 12, 30), LocalDate.of(2011, 1, 2)))
                .isEqualTo("du 30 décembre 2010 au 2 janvier 2011");
        assertThat(fr.span(LocalDate.of(2010, 6, 1), LocalDate.of(2010, 6, 1))).isEqualTo("le 1er juin 2010");
        assertThat(en.span(LocalDate.of(2010, 6, 14), LocalDate.of(2010, 6, 16))).isEqualTo("from 14 to 16 June 2010");
        assertThat(en.span(LocalDate.of(2010, 6, 28), LocalDate.of(2010, 7, 1))).isEqualTo("from 28 June to 1 July 2010");
        assertThat(en.span(LocalDate.of(2010, 6, 14), LocalDate.of(2010, 6, 14))).isEqualTo("on 14 June 2010");
    }
}
