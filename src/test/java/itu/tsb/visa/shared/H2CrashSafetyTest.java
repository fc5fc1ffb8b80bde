package itu.tsb.visa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run's H2 database loses no answered write when its JVM is killed: a forked JVM commits
 * rows on the database URL the application is configured with (application.yml's default) and reports
 * each commit; it is killed with SIGKILL (no shutdown hook, no close), the database is opened again and
 * every reported commit is there.
 */
class H2CrashSafetyTest {

    private static final Pattern DEFAULT_URL = Pattern.compile("url: \\$\\{VISA_H2_URL:(jdbc:h2:file:[^}]+)}");

    /** The forked writer: commits one row at a time and prints each id once its commit returned. */
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
            c.createStatement().execute("create table answered (id int primary key)");
            PreparedStatement insert = c.prepareStatement("insert into answered values (?)");
            for (int i = 1; ; i++) {
                insert.setInt(1, i);
                insert.executeUpdate();
                System.out.println(i);
                System.out.flush();
            }
        }
    }

    @Test
    void everyCommitAnsweredBeforeAKillIsStillThereAfterTheRestart(@TempDir Path dir) throws Exception {
        String yml = Files.readString(Path.of("src/main/resources/application.yml"));
        Matcher m = DEFAULT_URL.matcher(yml);
        assertThat(m.find()).as("the default H2 URL in application.yml").isTrue();
        String url = m.group(1).replace("./.data/visa", dir.resolve("visa").toString());

        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), H2CrashSafetyTest.class.getName(), url)
                .redirectErrorStream(true).start();
        int answered = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (answered < 2000 && (line = out.readLine()) != null) {
                if (line.trim().matches("\\d+")) { // the JVM may say something first (JAVA_TOOL_OPTIONS)
                    answered = Integer.parseInt(line.trim());
                }
            }
        } finally {
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-write; never left writing
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(answered).isEqualTo(2000);
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                ResultSet r = c.createStatement().executeQuery("select count(*), max(id) from answered")) {
            r.next();
            assertThat(r.getInt(2)).isGreaterThanOrEqualTo(answered);
            assertThat(r.getInt(1)).isEqualTo(r.getInt(2));
        }
    }
}
