package itu.tsb.visa.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The letter's French prose set as French is printed; links, times and references untouched. */
class FrenchTypographyTest {

    private static final String N = "\u202f";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "l'UIT | l\u2019UIT",
        "Objet : Demande | Objet" + N + ": Demande",
        "Objet: Demande | Objet" + N + ": Demande",
        "Objet\u00a0: Demande | Objet" + N + ": Demande",
        "Vraiment ? Oui ! Non ; peut-être. | Vraiment" + N + "? Oui" + N + "! Non" + N + "; peut-être.",
        "la réunion \"Smart Grid\" de l'UIT | la réunion «" + N + "Smart Grid" + N + "» de l\u2019UIT",
        "dites \" oui \" | dites «" + N + "oui" + N + "»",
        "fin : | fin" + N + ":",
    })
    void proseIsSetTheFrenchWay(String typed, String printed) {
        assertThat(FrenchTypography.apply(typed)).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "https://visa.example.test/verify/q3Zx8",
        "séance à 10:30",
        "TSB/VISA/FG-SMART/2010/17/1",
    })
    void linksTimesAndReferencesKeepTheirCharacters(String text) {
        assertThat(FrenchTypography.apply(text)).isEqualTo(text);
    }

    @Test
    void theLetterFontDrawsEveryCharacterItAdds() {
        assertThat(LetterRenderer.canDraw("\u2019«\u202f»")).isTrue();
    }
}
