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
import java.util.stream.Collectors;

import itu.tsb.visa.VisaApplication;

/**
 * The demo run's start, as a person trying the product sees it: a new JVM with the demo run's options
 * (the pom's {@code spring-boot.run.jvmArguments} and the plugin's {@code -XX:TieredStopAtLevel=1}), the
 * demo profile on a new H2 file database, nothing to compile. Prints the milliseconds from the JVM's
 * start to the sign-in page answering, for a first start (the demo data is made) and a second (it is
 * there), and the resident memory of the idle instance once it has settled.
 */
final class StartFigures {

    private static final String OPTIONS = System.getProperty("bench.start.jvm", "-Xmx256m -XX:+UseSerialGC -Xss512k"
            + " -XX:TieredStopAtLevel=1");

    private StartFigures() {
    }

    static Map<String, String> measure() throws Exception {
        Path dir = Files.createTempDirectory("visa-start");
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("start_jvm_options", OPTIONS);
        figures.put("start_first_to_ready_ms", Long.toString(startOnce(dir, figures, "start_first_")));
        figures.put("start_second_to_ready_ms", Long.toString(startOnce(dir, figures, "start_second_")));
        return figures;
    }

    private static long startOnce(Path dir, Map<String, String> figures, String prefix) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(OPTIONS.trim().split("\\s+")));
        command.addAll(List.of("-cp", runtimeClasspath(), VisaApplication.class.getName(),
                "--spring.profiles.active=demo", "--server.port=" + port, "--logging.level.root=warn",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("visa") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"));
        long t0 = System.nanoTime();
        Process app = new ProcessBuilder(command).redirectErrorStream(true)
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
