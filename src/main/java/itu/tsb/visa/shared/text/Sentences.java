package itu.tsb.visa.shared.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's sentences to people (problem details, field errors) in French, from
 * {@code words/sentences_fr.txt}: each English sentence there, with its {name} parts, is matched whole and
 * said in French, its parts said in French too when they are sentences of the file or dates ("17 May 2010"
 * becomes "17 mai 2010"). A sentence the file does not have stays English.
 */
public final class Sentences {

    private record Sentence(String template, Pattern english, List<String> names, String french, int literal) {
    }

    private static final Pattern PART = Pattern.compile("\\{(\\w+)}");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2}) (January|February|March|April|May|June|July|August"
            + "|September|October|November|December) (\\d{4})\\b");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final List<Sentence> FRENCH = load();

    private Sentences() {
    }

    /** The sentence in the reader's language ("fr" or "en"). */
    public static String say(String english, String language) {
        if (english == null || !"fr".equals(language)) {
            return english;
        }
        return french(english, 0);
    }

    private static final Pattern STATUS = Pattern.compile("\\b(SUBMITTED|AWAITING_REGISTRATION|CHANGES_REQUESTED|UNDER_REVIEW"
            + "|APPROVED|LETTER_ISSUED|REJECTED|WITHDRAWN|EXPIRED)\\b");

    /** A sentence for a person: a request's status it names is said in words ("under review", "en examen"). */
    public static String forPeople(String english, String language) {
        String said = say(english, language);
        if (said == null) {
            return null;
        }
        Matcher m = STATUS.matcher(said);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Wording.of("status." + m.group(1)).in(language)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String french(String english, int depth) {
        for (Sentence s : FRENCH) {
            Matcher m = s.english().matcher(english);
            if (m.matches()) {
                StringBuilder out = new StringBuilder();
                Matcher part = PART.matcher(s.french());
                while (part.find()) {
                    int index = s.names().indexOf(part.group(1));
                    String value = index < 0 ? "" : m.group(index + 1);
                    part.appendReplacement(out, Matcher.quoteReplacement(depth < 3 ? french(value, depth + 1) : value));
                }
                part.appendTail(out);
                return out.toString();
            }
        }
        return dates(english);
    }

    private static String dates(String text) {
        Matcher m = DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String day;
            try {
                day = Dates.human(LocalDate.parse(m.group(), ENGLISH_DATE), Locale.FRENCH);
            } catch (DateTimeParseException e) {
                day = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(day));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<Sentence> load() {
        List<Sentence> sentences = new ArrayList<>();
        try (InputStream in = Sentences.class.getClassLoader().getResourceAsStream("words/sentences_fr.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] pair = line.split("\t", -1);
                if (pair.length != 2) {
                    throw new IllegalStateException("words/sentences_fr.txt: not 'English<tab>French': " + line);
                }
                sentences.add(sentence(pair[0], pair[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the most specific first: of two sentences that both match, the one with more fixed words wins
        sentences.sort(Comparator.comparingInt(Sentence::literal).reversed());
        return List.copyOf(sentences);
    }

    private static Sentence sentence(String english, String french) {
        StringBuilder regex = new StringBuilder();
        List<String> names = new ArrayList<>();
        Matcher part = PART.matcher(english);
        int at = 0;
        int literal = 0;
        while (part.find()) {
            regex.append(Pattern.quote(english.substring(at, part.start()))).append("(.+?)");
            literal += part.start() - at;
            names.add(part.group(1));
            at = part.end();
        }
        regex.append(Pattern.quote(english.substring(at)));
        literal += english.length() - at;
        return new Sentence(english, Pattern.compile(regex.toString(), Pattern.DOTALL), names, french, literal);
    }

    /** The English sentences and their French, as the file has them. */
    public static List<String[]> pairs() {
        return FRENCH.stream().map(s -> new String[] {s.template(), s.french()}).toList();
    }
}
