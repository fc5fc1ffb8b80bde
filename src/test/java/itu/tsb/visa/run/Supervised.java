package itu.tsb.visa.run;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application's process under {@code mvn -Prun}: started with the terminal's input and output, and
 * stopped with Maven. A Ctrl-C (or a SIGTERM to Maven) stops the application first, waits for its
 * shutdown (it closes its database and engine itself), and ends Maven with exit code 0: stopping the demo is
 * how it is meant to end, not a failure with a stack trace. An application that ends by itself with an
 * error still fails the build.
 */
final class Supervised {

    /** How long a stopping application may take before it is killed. */
    private static final long STOP_SECONDS = 30;

    private Supervised() {
    }

    /** Runs the command; returns when it ends by itself with exit code 0, and throws when it fails. */
    static void run(List<String> command) throws IOException, InterruptedException {
        // the hook is in place before the application starts: a signal in between would otherwise end this JVM
        // with 143 and leave the application running; and once the hook runs, no application starts
        Object starting = new Object();
        Process[] started = {null};
        boolean[] stopping = {false};
        Thread stop = new Thread(() -> {
            Process application;
            synchronized (starting) {
                stopping[0] = true;
                application = started[0];
            }
            if (application != null) {
                stop(application);
            }
            System.out.println("The application stopped.");
            System.out.flush();
            // the JVM is stopping on a signal (exit code 130 or 143): a stop asked for ends the build normally
            Runtime.getRuntime().halt(0);
        }, "stop-application");
        Runtime.getRuntime().addShutdownHook(stop);
        Process running;
        synchronized (starting) {
            if (stopping[0]) {
                return;
            }
            running = new ProcessBuilder(command).inheritIO().start();
            started[0] = running;
        }
        int exit = running.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException jvmStopping) {
            // the JVM is stopping: the hook ends it once the application is down; nothing else to say here
            Thread.currentThread().join();
        }
        if (exit != 0) {
            throw new IllegalStateException("the application ended with exit code " + exit);
        }
    }

    private static void stop(Process running) {
        running.destroy();
        try {
            if (!running.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                System.out.println("The application did not stop within " + STOP_SECONDS + " s; killing it.");
                running.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs its arguments as a command (for the test of the stop). */
    public static void main(String[] args) throws Exception {
        run(Arrays.asList(args));
    }
}
