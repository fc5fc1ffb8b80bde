package itu.tsb.visa.benchmark;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import itu.tsb.visa.VisaApplication;
import itu.tsb.visa.run.RunFromJar;

/**
 * The demo run's start, as a person trying the product sees it, both ways the README gives: from the
 * packaged jar with its class-data archive ({@code mvn -Prun}: {@link RunFromJar}, the pom's {@code run.jvm}
 * options) and from the compiled classes ({@code mvn spring-boot:run}: the pom's
 * {@code spring-boot.run.jvmArguments} and the plugin's {@code -XX:TieredStopAtLevel=1}). Each is a new JVM
 * on the demo profile and a new H2 file database, nothing to compile. Prints the milliseconds from the
 * JVM's start to the sign-in page answering, for a first start (the demo data is made) and a second (it
 * is there), and the resident memory of the idle instance once it has settled.
 */
final class StartFigures {

    private static final String OPTIONS = System.getProperty("bench.start.jvm", "-Xmx256m -XX:+UseSerialGC -Xss512k"
            + " -XX:TieredStopAtLevel=1");
    private static final String JAR_OPTIONS = System.getProperty("bench.run.jvm", OPTIONS);

    private StartFigures() {
    }

    static Map<String, String> measure() throws Exception {
        Map<String, String> figures = new LinkedHashMap<>();
        String packaged = System.getProperty("bench.jar");
        if (packaged != null) {
            List<String> options = RunFromJar.options(JAR_OPTIONS);
            RunFromJar.Prepared app = RunFromJar.prepare(Path.of(packaged),
                    Path.of(packaged).resolveSibling("benchmark-run"), options);
            figures.put("start_jar_jvm_options", String.join(" ", options)
                    + (app.archive() == null ? " (no class-data archive could be made)" : " -XX:SharedArchiveFile=..."));
            measure(figures, "start_jar_", arguments -> app.command(options, arguments));
        }
        List<String> options = RunFromJar.options(OPTIONS);
        figures.put("start_classes_jvm_options", String.join(" ", options));
        measure(figures, "start_classes_", arguments -> {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(options);
            command.addAll(List.of("-cp", runtimeClasspath(), VisaApplication.class.getName()));
            command.addAll(arguments);
            return command;
        });
        return figures;
    }

    private static void measure(Map<String, String> figures, String prefix,
            Function<List<String>, List<String>> command) throws Exception {
        Path dir = Files.createTempDirectory("visa-start");
        figures.put(prefix + "first_to_ready_ms", Long.toString(startOnce(dir, command, figures, prefix + "first_")));
        figures.put(prefix + "second_to_ready_ms", Long.toString(startOnce(dir, command, figures, prefix + "second_")));
    }

    private static long startOnce(Path dir, Function<List<String>, List<String>> command, Map<String, String> figures,
            String prefix) throws Exception {
        int port = freePort();
        List<String> arguments = List.of("--spring.profiles.active=demo", "--server.port=" + port,
                "--logging.level.root=warn",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("visa") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        long t0 = System.nanoTime();
        Process app = new ProcessBuilder(command.apply(arguments)).redirectErrorStream(true)
                .redirectOutput(dir.resolve(prefix + "log.txt").toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            HttpRequest page = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login.html")).build();
            long readyMs = -1;
            while (readyMs < 0) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("the demo run ended before it was ready; see " + dir);
                }
                try {
                    if (http.send(page, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        readyMs = (System.nanoTime() - t0) / 1_000_000;
                    }
                } catch (java.io.IOException notYet) {
                    Thread.sleep(50);
                }
            }
            Thread.sleep(10_000); // the demo data and the first job acquisitions settle
            figures.put(prefix + "idle_rss_mb", Long.toString(rssKb(app.pid()) / 1024));
            return readyMs;
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    /**
     * The benchmark's classpath without the test classes: what {@code mvn spring-boot:run} puts on it and
     * a few test jars. Under Maven's exec plugin it is the loader's, not {@code java.class.path}.
     */
    private static String runtimeClasspath() {
        java.util.stream.Stream<String> entries = Thread.currentThread().getContextClassLoader()
                instanceof java.net.URLClassLoader loader
                        ? Arrays.stream(loader.getURLs()).map(url -> Path.of(URI.create(url.toString())).toString())
                        : Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator));
        return entries.filter(entry -> !entry.isBlank() && !entry.replace("/", "").endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static long rssKb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        return -1;
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
