package itu.tsb.visa.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code mvn -Prun} stopped as people stop it: a SIGTERM (as Ctrl-C, a signal to the Maven JVM) stops the
 * application, waits for it, and ends with exit code 0 and no stack trace; an application that fails by
 * itself still fails the run. The application is a stand-in command here.
 */
class SupervisedTest {

    /** What the supervisor printed (a destroyed process's own streams are closed: it writes to a file). */
    private static java.io.File said;

    private static String said() throws Exception {
        return java.nio.file.Files.readString(said.toPath());
    }

    private static Process supervise(String... command) throws Exception {
        String classes = Path.of(Supervised.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> line = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes, Supervised.class.getName()));
        line.addAll(List.of(command));
        said = java.io.File.createTempFile("supervised", ".log");
        said.deleteOnExit();
        return new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(said).start();
    }

    @Test
    void aSignalStopsTheApplicationAndEndsCleanly() throws Exception {
        Process maven = supervise("sleep", "120");
        ProcessHandle application = null;
        for (int i = 0; i < 200 && application == null; i++) {
            application = maven.toHandle().children().findFirst().orElse(null);
            Thread.sleep(50);
        }
        assertThat(application).as("the application started").isNotNull();

        maven.destroy();
        assertThat(maven.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String said = said();
        assertThat(maven.exitValue()).as(said).isZero();
        assertThat(application.isAlive()).as("the application was stopped with it").isFalse();
        assertThat(said).contains("The application stopped.").doesNotContain("Exception");
    }

    @Test
    void anApplicationThatFailsByItselfFailsTheRun() throws Exception {
        Process maven = supervise("sh", "-c", "exit 3");
        assertThat(maven.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(said()).contains("exit code 3");
        assertThat(maven.exitValue()).isNotZero();
    }
}
