package itu.tsb.visa.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One real PostgreSQL server for the whole integration suite, started by the tests themselves. */
public final class EmbeddedPostgresSupport {

    /** How long the JVM's exit waits for the test contexts to close before it stops the server anyway. */
    private static final long CONTEXTS_CLOSING_MS = 60_000;

    /**
     * A system property: when true, the server counts the statements it runs ({@code pg_stat_statements}),
     * for the benchmark's statements per request. Off for the tests.
     */
    public static final String COUNT_STATEMENTS = "bench.statements";

    private static EmbeddedPostgres server;
    private static Thread shutdownHook;
    private static int leases;

    private EmbeddedPostgresSupport() {
    }

    public static synchronized String jdbcUrl() {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
                if (Boolean.getBoolean(COUNT_STATEMENTS)) {
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
                }
                server = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            shutdownHook = new Thread(EmbeddedPostgresSupport::closeWhenReleased);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    /**
     * A database of its own on the shared server, created on first use: for a test whose data must not meet
     * the others' (another data key, say).
     */
    public static synchronized String jdbcUrl(String database) {
        jdbcUrl();
        try (var c = java.sql.DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"));
                var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                c.createStatement().execute("create database \"" + database + "\"");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("database " + database + " could not be created", e);
        }
        return server.getJdbcUrl("postgres", database);
    }

    /** Stops the server now (a main class whose class loader goes away before the JVM exits calls this). */
    public static synchronized void stop() {
        if (server != null) {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
            close();
        }
    }

    /** A Spring context is using the server (see {@link EmbeddedPostgresLease}). */
    static synchronized void acquire() {
        leases++;
    }

    static synchronized void release() {
        leases--;
        EmbeddedPostgresSupport.class.notifyAll();
    }

    /** At JVM exit: the test contexts close concurrently; the server stops once none of them uses it. */
    private static synchronized void closeWhenReleased() {
        long deadline = System.currentTimeMillis() + CONTEXTS_CLOSING_MS;
        try {
            for (long left = CONTEXTS_CLOSING_MS; leases > 0 && left > 0; left = deadline - System.currentTimeMillis()) {
                EmbeddedPostgresSupport.class.wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
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
