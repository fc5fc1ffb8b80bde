package itu.tsb.visa.support;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Keeps the embedded PostgreSQL server up until a test context that uses it has closed its DataSource, and the
 * engine before it. Without it, the server stopped at JVM exit while the contexts were still closing, and the
 * engine's last database call waited for a connection until the pool's 30-second timeout.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresLease {

    private static final String LEASE = "embeddedPostgresLease";

    /** The DataSource depends on the lease, so the lease is released after the DataSource is closed. */
    @Bean
    static BeanFactoryPostProcessor dataSourceDependsOnTheLease() {
        return factory -> {
            BeanDefinition dataSource = factory.getBeanDefinition("dataSource");
            String[] before = dataSource.getDependsOn() == null ? new String[0] : dataSource.getDependsOn();
            dataSource.setDependsOn(Stream.concat(Arrays.stream(before), Stream.of(LEASE)).toArray(String[]::new));
        };
    }

    @Bean(LEASE)
    DisposableBean embeddedPostgresLease() {
        EmbeddedPostgresSupport.acquire();
        return EmbeddedPostgresSupport::release;
    }
}
