package itu.tsb.visa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import itu.tsb.visa.reference.MembershipCategory;
import itu.tsb.visa.reference.RegistrationStatus;
import itu.tsb.visa.request.Channel;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.model.Outcome;
import itu.tsb.visa.request.model.ParticipantStatus;
import itu.tsb.visa.request.model.Rule;
import itu.tsb.visa.security.Role;

/**
 * Every text the pages show exists in French: the pages' own texts, every {@code t('…')} of their scripts,
 * the texts of the forms in forms/, and the words of every code they show (statuses, rules, roles, categories, channels) in both languages.
 */
class PageWordsTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    private static final Pattern LITERAL = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");

    @Test
    void everyTextOfThePagesHasFrenchWords() throws IOException {
        Set<String> french = keys("FRENCH");
        List<String> missing = new ArrayList<>();
        for (String text : pageTexts()) {
            if (!french.contains(text)) {
                missing.add(text);
            }
        }
        assertThat(missing).as("texts of the pages without French words in words.js").isEmpty();
        assertThat(pageTexts()).hasSizeGreaterThan(200);
    }

    /** The forms of forms/ are written in English: every text they show has French words, every list its own. */
    @Test
    void everyTextOfTheFormsHasFrenchWords() throws IOException {
        Set<String> english = keys("CODES_EN");
        Set<String> french = keys("FRENCH");
        List<String> missing = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                formTexts(new ObjectMapper().readTree(form.toFile()).path("components"), missing, lists, french);
            }
        }
        assertThat(missing).as("texts of the forms without French words in words.js").isEmpty();
        assertThat(lists).isNotEmpty();
        for (String path : lists) {
            for (String code : List.of("item." + path, "add." + path, "remove." + path, "removeItem." + path)) {
                assertThat(english).contains(code);
                assertThat(french).contains(code);
            }
        }
    }

    /** Two fields of one form never share a label (a reader could not tell which is which). */
    @Test
    void theFieldsOfAFormHaveLabelsOfTheirOwn() throws IOException {
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                List<String> labels = new ArrayList<>();
                fieldLabels(new ObjectMapper().readTree(form.toFile()).path("components"), labels);
                assertThat(labels).as("the labels of the fields of " + form).doesNotHaveDuplicates().isNotEmpty();
            }
        }
    }

    private static void fieldLabels(JsonNode components, List<String> labels) {
        for (JsonNode c : components) {
            if (c.hasNonNull("key") && c.hasNonNull("label")) {
                labels.add(c.get("label").asText());
            }
            fieldLabels(c.path("components"), labels);
        }
    }

    private static void formTexts(JsonNode components, List<String> missing, List<String> lists, Set<String> french) {
        for (JsonNode c : components) {
            for (String field : List.of("label", "text", "description", "dateLabel", "timeLabel")) {
                if (c.hasNonNull(field) && !french.contains(c.get(field).asText())) {
                    missing.add(c.get(field).asText());
                }
            }
            c.path("values").forEach(v -> {
                if (!french.contains(v.path("label").asText())) {
                    missing.add(v.path("label").asText());
                }
            });
            if ("dynamiclist".equals(c.path("type").asText())) {
                lists.add(c.path("path").asText());
            }
            formTexts(c.path("components"), missing, lists, french);
        }
    }

    @Test
    void everyCodeThePagesShowHasWordsInBothLanguages() throws IOException {
        Set<String> english = keys("CODES_EN");
        Set<String> french = keys("FRENCH");
        List<String> codes = new ArrayList<>();
        Stream.of(RequestStatus.values(), Outcome.values(), ParticipantStatus.values(), RegistrationStatus.values())
                .flatMap(Stream::of).forEach(v -> codes.add("status." + v.name()));
        Stream.of(Rule.values()).forEach(v -> codes.add("rule." + v.name()));
        Stream.of(Role.values()).forEach(v -> codes.add("role." + v.name()));
        Stream.of(MembershipCategory.values()).forEach(v -> codes.add("category." + v.name()));
        Stream.of(Channel.values()).forEach(v -> codes.add("channel." + v.name()));
        Stream.of(Channel.values()).forEach(v -> codes.add("received." + v.name()));
        Stream.of(itu.tsb.visa.request.documents.DocumentKind.values()).forEach(v -> codes.add("document." + v.name()));
        assertThat(english).containsAll(codes);
        assertThat(french).containsAll(codes);
        assertThat(french).containsAll(english);
    }

    /** The keys of one of words.js's objects ({@code const NAME = {…};}). */
    private static Set<String> keys(String object) throws IOException {
        String words = Files.readString(STATIC.resolve("js/words.js"));
        int start = words.indexOf("const " + object + " = {");
        String body = words.substring(start, words.indexOf("\n};", start));
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'\\s*:").matcher(body);
        while (m.find()) {
            keys.add(unescape(m.group(1)));
        }
        return keys;
    }

    /** The pages' texts (text, placeholders, titles) and the first argument of every t( ) of the scripts. */
    static Set<String> pageTexts() throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        try (Stream<Path> pages = Files.list(STATIC)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(page.toFile());
                for (String part : doc.title().split(" – ")) {
                    texts.add(part.trim());
                }
                for (Element e : doc.body().getAllElements()) {
                    if (e.tagName().equals("script") || e.tagName().equals("style")) {
                        continue;
                    }
                    for (TextNode node : e.textNodes()) {
                        String text = node.getWholeText().replaceAll("\\s+", " ").trim();
                        if (text.matches(".*[A-Za-z].*")) {
                            texts.add(text);
                        }
                    }
                    for (String attribute : List.of("placeholder", "title", "aria-label")) {
                        if (e.hasAttr(attribute)) {
                            texts.add(e.attr(attribute).replaceAll("\\s+", " ").trim());
                        }
                    }
                }
            }
        }
        try (Stream<Path> scripts = Files.list(STATIC.resolve("js"))) {
            for (Path script : scripts.filter(p -> !p.endsWith("words.js") && !p.endsWith("i18n.js")).sorted().toList()) {
                String s = Files.readString(script);
                Matcher call = Pattern.compile("(?<![\\w.])t\\(").matcher(s);
                while (call.find()) {
                    Matcher literal = LITERAL.matcher(firstArgument(s, call.end()));
                    while (literal.find()) {
                        String text = unescape(literal.group(1));
                        if (text.matches(".*[a-z].*") && !text.matches("[a-zA-Z]+\\.")) {
                            texts.add(text);
                        }
                    }
                }
            }
        }
        return texts;
    }

    private static String firstArgument(String s, int from) {
        int depth = 0;
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i++;
                while (s.charAt(i) != c) {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
            i++;
        }
        return s.substring(from, i);
    }

    private static String unescape(String literal) {
        Matcher u = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(literal.replace("\\'", "'"));
        StringBuilder out = new StringBuilder();
        while (u.find()) {
            u.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(u.group(1), 16))));
        }
        u.appendTail(out);
        return out.toString();
    }
}
