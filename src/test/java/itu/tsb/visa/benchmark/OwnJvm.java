package itu.tsb.visa.benchmark;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a benchmark's main class in a JVM of its own, with the whole JIT: Maven's JVM, where
 * {@code exec:java} starts it, compiles with C1 only ({@code .mvn/jvm.config}, which makes the build
 * faster), and a benchmark measured there would measure that. The new JVM gets the same classpath, every
 * {@code bench.*} system property, and the options in {@code bench.jvm} (a flight recording's stack depth,
 * say). Its output is this one's; a failure there fails the build here.
 */
final class OwnJvm {

    /** Set in the JVM this class starts: the main class runs there, not again in a new one. */
    private static final String INSIDE = "bench.own-jvm";

    private OwnJvm() {
    }

    static boolean inside() {
        return Boolean.getBoolean(INSIDE);
    }

    /** Runs {@code main} in a new JVM and waits for it. */
    static void run(Class<?> main, String[] args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String options = System.getProperty("bench.jvm", "").trim();
        if (!options.isEmpty()) {
            command.addAll(Arrays.asList(options.split("\\s+")));
        }
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("bench.")).sorted()
                .forEach(n -> command.add("-D" + n + "=" + System.getProperty(n)));
        command.add("-D" + INSIDE + "=true");
        command.addAll(List.of("-cp", classpath(), OwnJvm.class.getName(), main.getName()));
        command.addAll(Arrays.asList(args));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(main.getSimpleName() + " stopped with exit code " + exit);
        }
    }

    /** The project's classpath: {@code exec:java}'s class loader holds it, not {@code java.class.path}. */
    private static String classpath() throws URISyntaxException {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /**
     * In the new JVM: runs the main class given first, then ends the JVM (threads a benchmark leaves, an
     * HTTP client's say, would keep it up), with 1 if the main class threw.
     */
    public static void main(String[] args) {
        try {
            Class.forName(args[0]).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
            System.exit(0);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ? e.getCause() : e;
            cause.printStackTrace();
            System.exit(1);
        }
    }
}
