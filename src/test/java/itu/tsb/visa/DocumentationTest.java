package itu.tsb.visa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The README stays a page for the people who run and use the product, and its links and settings hold. */
class DocumentationTest {

    private static final Path README = Path.of("README.md");

    @Test
    void theReadmeStaysShort() throws Exception {
        assertThat(Files.size(README)).as("README.md in bytes (longer texts go in src/docs/)").isLessThanOrEqualTo(15 * 1024);
    }

    @Test
    void everySettingOfTheEnvironmentExampleIsInTheReadme() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> settings = Files.readAllLines(Path.of(".env.example")).stream()
                .map(line -> line.replaceFirst("^#\\s*", ""))
                .filter(line -> line.matches("[A-Z][A-Z0-9_]*=.*"))
                .map(line -> line.substring(0, line.indexOf('=')))
                .toList();
        assertThat(settings).hasSizeGreaterThan(20);
        assertThat(settings).allSatisfy(name -> assertThat(readme).as("README's configuration").contains("`" + name + "`"));
    }

    @Test
    void everyLinkOfTheDocumentsLeadsToAFile() throws Exception {
        Pattern link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
        List<Path> documents = new java.util.ArrayList<>(List.of(README));
        try (var docs = Files.list(Path.of("src/docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(documents::add);
        }
        for (Path document : documents) {
            Matcher m = link.matcher(Files.readString(document, StandardCharsets.UTF_8));
            while (m.find()) {
                if (m.group(1).startsWith("http")) {
                    continue;
                }
                Path target = document.resolveSibling(m.group(1)).normalize();
                assertThat(target).as("a link in " + document).exists();
            }
        }
    }
}
