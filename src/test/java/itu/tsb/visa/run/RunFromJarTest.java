package itu.tsb.visa.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code mvn -Prun} says when it cannot run the application from its jar. */
class RunFromJarTest {

    @Test
    void aMissingJarIsNamedWithWhatToDo(@TempDir Path dir) {
        assertThatThrownBy(() -> RunFromJar.prepare(dir.resolve("visa.jar"), dir.resolve("run"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("visa.jar")
                .hasMessageContaining("mvn package");
    }

    @Test
    void aFileThatIsNotThePackagedApplicationIsRefusedWithItsLogAndTriedAgainNextTime(@TempDir Path dir) throws Exception {
        Path notAnApplication = Files.writeString(dir.resolve("visa.jar"), "not a jar");
        Path run = dir.resolve("run");
        assertThatThrownBy(() -> RunFromJar.prepare(notAnApplication, run, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("could not be extracted")
                .hasMessageContaining("extract.log");
        assertThat(run.resolve("stamp")).as("nothing is taken as prepared").doesNotExist();
        assertThat(run.resolve("extract.log")).exists();
    }

    @Test
    void optionsAreSplitOnSpaces() {
        assertThat(RunFromJar.options("  -Xmx256m   -XX:+UseSerialGC ")).containsExactly("-Xmx256m", "-XX:+UseSerialGC");
        assertThat(RunFromJar.options("")).isEmpty();
    }
}
