package itu.tsb.visa.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.springframework.util.FileSystemUtils;

/**
 * Runs the packaged application as {@code mvn -Prun} does (README, "Run it"): from its jar extracted
 * into a directory of jars ({@code -Djarmode=tools extract}), with a class-data archive made by a first
 * start that ends once the application is set up. Loading and checking the application's classes from
 * the archive instead of from 270 jars takes about a third off the start.
 *
 * <p>The extraction and the archive are made again only when the packaged jar, the Java runtime or the
 * JVM options changed (a stamp beside them says for which); an archive that cannot be made leaves a
 * start without it, only slower.
 */
public final class RunFromJar {

    private RunFromJar() {
    }

    /** The extracted application and its archive (absent if none could be made). */
    public record Prepared(Path jar, Path archive) {

        /** The command that starts it with these JVM options and application arguments. */
        public List<String> command(List<String> jvmOptions, List<String> arguments) {
            List<String> command = new ArrayList<>();
            command.add(java());
            command.addAll(jvmOptions);
            if (archive != null) {
                command.add("-XX:SharedArchiveFile=" + archive);
            }
            command.addAll(List.of("-jar", jar.toString()));
            command.addAll(arguments);
            return command;
        }
    }

    /**
     * Arguments: the packaged jar, the directory to extract it into; then the application's own arguments.
     * System properties: {@code run.jvm}, the JVM options; {@code run.profiles}, the Spring profiles.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: RunFromJar <packaged jar> <directory> [application arguments]");
        }
        List<String> jvmOptions = options(System.getProperty("run.jvm", ""));
        Prepared app = prepare(Path.of(args[0]), Path.of(args[1]), jvmOptions);
        List<String> arguments = new ArrayList<>();
        arguments.add("--spring.profiles.active=" + System.getProperty("run.profiles", "demo"));
        arguments.addAll(Arrays.asList(args).subList(2, args.length));
        Supervised.run(app.command(jvmOptions, arguments));
    }

    /** Splits JVM options given as one line. */
    public static List<String> options(String line) {
        return Arrays.stream(line.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
    }

    /**
     * Extracts the packaged jar into {@code dir/app} and makes {@code dir/app.jsa} from a first start
     * with these JVM options, unless both are there for this jar, runtime and options already.
     */
    public static Prepared prepare(Path packaged, Path dir, List<String> jvmOptions) throws IOException,
            InterruptedException {
        if (!Files.isRegularFile(packaged)) {
            throw new IllegalArgumentException(packaged + " is not there: package the application first (mvn package)");
        }
        Path app = dir.resolve("app");
        Path jar = app.resolve(packaged.getFileName());
        Path archive = dir.resolve("app.jsa");
        Path stampFile = dir.resolve("stamp");
        String stamp = sha256(packaged) + "\n" + System.getProperty("java.home") + " " + System.getProperty("java.vm.version")
                + "\n" + String.join(" ", jvmOptions) + "\n";
        if (Files.isRegularFile(stampFile) && Files.readString(stampFile).equals(stamp)) {
            return new Prepared(jar, Files.isRegularFile(archive) ? archive : null);
        }
        FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir);
        System.out.println("Extracting " + packaged.getFileName() + " into " + app + " ...");
        if (!run(List.of(java(), "-Djarmode=tools", "-jar", packaged.toString(), "extract", "--destination",
                app.toString()), dir.resolve("extract.log")) || !Files.isRegularFile(jar)) {
            throw new IllegalStateException(packaged + " could not be extracted (is it the packaged application?); see "
                    + dir.resolve("extract.log"));
        }
        System.out.println("Making the class-data archive (a first start that ends once the application is set up) ...");
        List<String> trainingOptions = new ArrayList<>(jvmOptions);
        trainingOptions.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh"));
        List<String> training = new Prepared(jar, null).command(trainingOptions, List.of("--spring.profiles.active=demo",
                "--server.port=0", "--logging.level.root=warn", "--spring.datasource.url=jdbc:h2:mem:archive;DB_CLOSE_DELAY=-1"));
        boolean made = run(training, dir.resolve("archive.log")) && Files.isRegularFile(archive);
        if (!made) {
            System.out.println("No class-data archive could be made (see " + dir.resolve("archive.log")
                    + "); the application starts without it, more slowly");
            Files.deleteIfExists(archive);
        }
        Files.writeString(stampFile, stamp);
        return new Prepared(jar, made ? archive : null);
    }

    private static boolean run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return process.waitFor() == 0;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
