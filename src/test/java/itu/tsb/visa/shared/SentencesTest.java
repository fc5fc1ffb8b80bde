package itu.tsb.visa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.shared.text.Sentences;

class SentencesTest {

    @Test
    void aSentenceWithItsPartsIsSaidInFrench() {
        assertThat(Sentences.say("there is no registration SG13-0009 of your entity for meeting SG13-2027-02: register the"
                + " person for the meeting first and use its confirmation number", "fr"))
                .isEqualTo("il n'existe pas d'inscription SG13-0009 de votre entité pour la réunion SG13-2027-02 : inscrivez"
                        + " d'abord la personne à la réunion et indiquez son numéro de confirmation");
        assertThat(Sentences.say("must be between 1 January 1900 and 27 November 2026", "fr"))
                .isEqualTo("doit être compris entre le 1er janvier 1900 et le 27 novembre 2026");
    }

    @Test
    void partsThatAreSentencesAreSaidInFrenchToo() {
        assertThat(Sentences.say("Request TSB/VISA/FG/2010/1 can no longer be withdrawn: meeting FG began on 14 June 2010,"
                + " and TSB supports visa applications only for meetings still to come. The request expires.", "fr"))
                .isEqualTo("La demande TSB/VISA/FG/2010/1 ne peut plus être retirée : la réunion FG a commencé le 14 juin 2010,"
                        + " et le TSB n'appuie les demandes de visa que pour des réunions à venir. La demande arrive à échéance.");
    }

    @Test
    void englishStaysEnglishAndAnUnknownSentenceStaysAsItIs() {
        String english = "The request has invalid fields; see errors.";
        assertThat(Sentences.say(english, "en")).isEqualTo(english);
        assertThat(Sentences.say("something nobody translated", "fr")).isEqualTo("something nobody translated");
        assertThat(Sentences.say(null, "fr")).isNull();
    }

    /** Each French sentence has the parts of its English one, no more, no fewer. */
    @Test
    void everySentenceKeepsItsParts() {
        assertThat(Sentences.pairs()).hasSizeGreaterThan(50);
        for (String[] pair : Sentences.pairs()) {
            assertThat(parts(pair[1])).as(pair[0]).isEqualTo(parts(pair[0]));
        }
    }

    private static Set<String> parts(String sentence) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(sentence);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
