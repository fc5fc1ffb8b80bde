package itu.tsb.visa.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One real PostgreSQL server for the whole integration suite, started by the tests themselves. */
public final class EmbeddedPostgresSupport {

    private static EmbeddedPostgres server;
    private static Thread shutdownHook;

    private EmbeddedPostgresSupport() {
    }

    public static synchronized String jdbcUrl() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            shutdownHook = new Thread(EmbeddedPostgresSupport::close);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** Stops the server now (a main class whose class loader goes away before the JVM exits calls this). */
    public static synchronized void stop() {
        if (server != null) {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
            close();
        }
    }

    private static synchronized void close() {
        try {
            if (server != null) {
                server.close();
                server = null;
            }
        } catch (IOException ignored) {
            // nothing left to do: the data directory is temporary
        }
    }
}
