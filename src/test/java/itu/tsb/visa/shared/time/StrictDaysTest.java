package itu.tsb.visa.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Days as people write them, read strictly: nothing rolled over, no year guessed. */
class StrictDaysTest {

    @Test
    void theThreeWaysOfWritingADayAreRead() {
        assertThat(StrictDays.read("1980-01-31").day()).isEqualTo(LocalDate.of(1980, 1, 31));
        assertThat(StrictDays.read("31/01/1980").day()).isEqualTo(LocalDate.of(1980, 1, 31));
        assertThat(StrictDays.read(" 31.1.1980 ").day()).isEqualTo(LocalDate.of(1980, 1, 31));
        assertThat(StrictDays.read("29/02/1984").day()).isEqualTo(LocalDate.of(1984, 2, 29));
    }

    @Test
    void aDayTheMonthDoesNotHaveIsRefusedWithTheMonthsLength() {
        assertThat(StrictDays.read("31/02/1985").problem()).isEqualTo("'31/02/1985' is not a day: that month has 28 days");
        assertThat(StrictDays.read("29/02/1985").ok()).isFalse();
        assertThat(StrictDays.read("1985-04-31").problem()).contains("that month has 30 days");
        assertThat(StrictDays.read("00/01/1985").ok()).isFalse();
    }

    @Test
    void aMonthOutOfRangeOrAShortYearIsNotGuessed() {
        assertThat(StrictDays.read("12/13/1985").problem()).contains("there is no month 13");
        assertThat(StrictDays.read("31/01/85").problem()).contains("year of 2 digit(s)").contains("in full");
        assertThat(StrictDays.read("31 January 1985").problem()).contains("write 1980-01-31 or 31/01/1980");
        assertThat(StrictDays.read("").ok()).isFalse();
    }

    @Test
    void eachRefusalIsSaidInFrenchToo() {
        assertThat(itu.tsb.visa.shared.text.Sentences.say(StrictDays.read("31/02/1985").problem(), "fr"))
                .isEqualTo("« 31/02/1985 » n'est pas une date : ce mois compte 28 jours");
        assertThat(itu.tsb.visa.shared.text.Sentences.say(StrictDays.read("12/13/1985").problem(), "fr"))
                .startsWith("« 12/13/1985 » n'est pas une date : il n'y a pas de mois 13");
        assertThat(itu.tsb.visa.shared.text.Sentences.say(StrictDays.read("31/01/85").problem(), "fr"))
                .startsWith("« 31/01/85 » a une année de 2 chiffre(s)");
    }
}
