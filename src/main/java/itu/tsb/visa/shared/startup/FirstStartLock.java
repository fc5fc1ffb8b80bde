package itu.tsb.visa.shared.startup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Nodes that start together on one PostgreSQL database start one after the other. On a new database the
 * first start creates the engine's tables, runs the migrations, records the data key's check value and
 * makes the admin account; two nodes doing that at once collided (the engine's schema creation failed on
 * the second with "act_ge_property already exists", and it stopped). So a starting node takes a database
 * lock (a PostgreSQL advisory lock, on a connection of its own) as soon as its connection pool exists,
 * before anything reads or writes a table, and lets it go once it is ready; a node started meanwhile waits
 * for it and says so. A node that dies while starting lets the lock go with its connection. Running nodes
 * hold nothing. Other databases (the demo's H2 file, one process) take no lock.
 */
@Component
class FirstStartLock implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent>, Ordered, DisposableBean {

    /** The lock's key within the database ("VISA"); pg_locks shows it as classid 0, objid this. */
    static final long KEY = 0x56495341L;

    private static final Logger log = LoggerFactory.getLogger(FirstStartLock.class);

    private Connection held;

    @Override
    public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
        if (held == null && bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            held = take(pool);
        }
        return bean;
    }

    private static Connection take(HikariDataSource pool) {
        try {
            Properties settings = new Properties();
            settings.putAll(pool.getDataSourceProperties());
            if (pool.getUsername() != null) {
                settings.setProperty("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                settings.setProperty("password", pool.getPassword());
            }
            Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), settings);
            try {
                if (!tryLock(connection)) {
                    long waitingSince = System.nanoTime();
                    log.info("Another node is starting on this database; this one waits until it is ready");
                    try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
                        lock.setLong(1, KEY);
                        lock.execute();
                    }
                    log.info("The other node is ready; this one starts, after waiting {} s",
                            (System.nanoTime() - waitingSince) / 1_000_000_000L);
                }
                return connection;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            // the database cannot be reached yet: the start goes on without the lock, and the pool then fails or
            // waits as it does whenever the database is away
            log.warn("The start lock could not be taken ({}); starting without it", e.getSQLState());
            return null;
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, KEY);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Once every other listener of the ready event has run (the admin account is made by one). */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        release();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** A start that failed closes the context: the lock goes with it. */
    @Override
    public void destroy() {
        release();
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        // the lock is the session's: closing its connection lets it go
        try (Connection connection = held) {
            held = null;
        } catch (SQLException e) {
            log.warn("The start lock's connection did not close cleanly ({}); the database lets the lock go with it",
                    e.getSQLState());
        }
    }
}
