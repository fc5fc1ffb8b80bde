package itu.tsb.visa.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The engine's SQL mappings, read ahead. Building the engine starts with MyBatis reading the engine's
 * fifty mapping documents, about a third of the start on this product's machine, on the thread that
 * starts everything else. What it reads depends only on the kind of database and the tables' prefix,
 * both known from the settings before anything is created: {@link HeadStart} begins reading them on a
 * thread of its own as soon as the settings are read, while the rest of the application is set up, and
 * the engine's configuration ({@link MappedEngineConfiguration}) takes the result. If the guess of the
 * database was wrong (the engine asks the database itself), or the reading failed, the engine reads them
 * itself as it always did: nothing depends on the head start but the time.
 */
final class EngineMappings {

    private static final Logger LOG = LoggerFactory.getLogger(EngineMappings.class);

    /** The readings under way or done, by database kind and prefix; each is taken once. */
    private static final ConcurrentMap<String, CompletableFuture<Configuration>> READINGS = new ConcurrentHashMap<>();

    private EngineMappings() {
    }

    /** Begins reading the mappings for this kind of database (the engine's name for it) and prefix. */
    static void startReading(String databaseType, String prefix) {
        CompletableFuture<Configuration> reading = new CompletableFuture<>();
        READINGS.put(key(databaseType, prefix), reading);
        Thread reader = new Thread(() -> {
            try {
                reading.complete(read(databaseType, prefix));
            } catch (RuntimeException | Error e) {
                reading.completeExceptionally(e);
            }
        }, "engine-mappings");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The mappings read ahead for this kind of database and prefix (waiting for the reading if it is still
     * going), or nothing if none was started for them or it failed.
     */
    static Optional<Configuration> take(String databaseType, String prefix) {
        CompletableFuture<Configuration> reading = READINGS.remove(key(databaseType, prefix));
        if (reading == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(reading.join());
        } catch (RuntimeException failed) {
            LOG.warn("The engine's mappings read ahead failed; the engine reads them itself", failed);
            return Optional.empty();
        }
    }

    /** What the engine does in {@code ProcessEngineConfigurationImpl.initSqlSessionFactory}, up to the parse. */
    static Configuration read(String databaseType, String prefix) {
        Properties properties = new Properties();
        properties.put("prefix", prefix);
        ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, prefix, databaseType);
        try (InputStream in = ReflectUtil.getResourceAsStream(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new XMLConfigBuilder(reader, "", properties).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The engine's name for the database a JDBC address leads to, for the two this product runs on. */
    static Optional<String> databaseType(String jdbcUrl) {
        if (jdbcUrl == null) {
            return Optional.empty();
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.of("h2");
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return Optional.of("postgres");
        }
        return Optional.empty();
    }

    private static String key(String databaseType, String prefix) {
        return databaseType + "\u0000" + prefix;
    }

    /**
     * Starts the reading once the settings are known (registered in {@code META-INF/spring.factories}, so
     * that it runs before the application context exists).
     */
    static final class HeadStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            Environment settings = event.getEnvironment();
            databaseType(settings.getProperty("spring.datasource.url")).ifPresent(type ->
                    startReading(type, settings.getProperty("camunda.bpm.database.table-prefix", "")));
        }
    }
}
