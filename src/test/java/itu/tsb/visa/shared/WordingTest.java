package itu.tsb.visa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.shared.text.Wording;

class WordingTest {

    private final Wording late = Wording.of("window.late", "received", LocalDate.of(2010, 5, 18), "lastDay",
            LocalDate.of(2010, 5, 17), "daysBefore", 28, "firstDay", LocalDate.of(2010, 6, 14));

    @Test
    void theSeedsLateEmailInBothLanguages() {
        assertThat(late.english()).isEqualTo("Received 18 May 2010; the last day for this meeting was 17 May 2010"
                + " (28 days before its first day, 14 June 2010). TSB can no longer approach the Swiss authorities for"
                + " it: apply directly to the Swiss representation.");
        assertThat(late.in("fr")).startsWith("Reçue le 18 mai 2010 ; le dernier jour pour cette réunion était le"
                + " 17 mai 2010 (28 jours avant son premier jour, le 14 juin 2010).");
        assertThat(late.in("de")).isEqualTo(late.english());
    }

    @Test
    void keptAsCodeAndParametersAndReadBackTheSame() {
        Wording back = Wording.decoded(late.code(), late.encodedArgs());
        assertThat(back).isEqualTo(late);
        assertThat(Wording.decoded(late.encoded())).isEqualTo(late);
        assertThat(back.in("fr")).isEqualTo(late.in("fr"));
    }

    @Test
    void wordsOfValuesListsAndNestedCodes() {
        Wording w = Wording.of("eligibility.categoryNotEligible", "entity", "Acme", "category", "ACADEMIA",
                "eligible", "MEMBER_STATE,SECTOR_MEMBER");
        assertThat(w.english()).contains("registered as Academia;", "representatives of: Member State, Sector Member.");
        assertThat(w.in("fr")).contains("comme Établissement universitaire ;", "État Membre, Membre de Secteur.");
        Wording period = Wording.of("eligibility.membershipNotActive", "entity", "Acme", "received",
                LocalDate.of(2010, 6, 1), "period", "eligibility.period.until", "memberUntil", LocalDate.of(2009, 12, 31));
        assertThat(period.english()).contains("not active on 1 June 2010", "(member until 31 December 2009)");
        assertThat(period.in("fr")).contains("pas active le 1er juin 2010", "(membre jusqu'au 31 décembre 2009)");
    }

    @Test
    void textSaysWhatWasWrittenEvenWithBraces() {
        assertThat(Wording.text("a {comment} with $1 and \\ in it").in("fr")).isEqualTo("a {comment} with $1 and \\ in it");
    }

    /** Every code has words in both languages, with the same parameters. */
    @Test
    void bothLanguagesSayEveryCodeWithTheSameParameters() throws IOException {
        Properties en = load("words/messages.properties");
        Properties fr = load("words/messages_fr.properties");
        for (String code : en.stringPropertyNames()) {
            assertThat(fr.getProperty(code)).as(code).isNotNull();
            assertThat(parameters(fr.getProperty(code))).as(code).isEqualTo(parameters(en.getProperty(code)));
        }
        assertThat(en.stringPropertyNames()).containsAll(fr.stringPropertyNames().stream()
                .filter(k -> !k.startsWith("field.") && !k.startsWith("formText.")).toList());
    }

    private static java.util.Set<String> parameters(String pattern) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\w+)(,\\w+)?}").matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WordingTest.class.getClassLoader().getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
