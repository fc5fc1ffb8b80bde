package itu.tsb.visa.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** A source file longer than 250 lines says at its top why it is kept whole. */
class SourceSizeTest {

    @Test
    void everyLongFileSaysWhyAtItsTop() throws IOException {
        List<String> unexplained = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                if (lines.size() > 250 && !lines.get(0).startsWith("// Longer than 250 lines: ")) {
                    unexplained.add(file + " (" + lines.size() + " lines)");
                }
            }
        }
        assertThat(unexplained).as("files over 250 lines without a reason on their first line").isEmpty();
    }
}
