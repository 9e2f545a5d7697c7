package org.preau.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded MariaDB and points the DataSource at it. The server starts on a thread of
 * its own (see {@link EmbeddedMariaDbStarter}); the DataSource waits for it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "preau.embedded-db.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedMariaDbConfiguration {

    @Bean
    static EmbeddedMariaDbStarter embeddedMariaDbStarter(Environment environment) {
        return new EmbeddedMariaDbStarter(environment);
    }

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbStarter starter) {
        return starter.await();
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(db.jdbcUrl())
                .username(db.username())
                .password(db.password())
                .build();
    }
}
