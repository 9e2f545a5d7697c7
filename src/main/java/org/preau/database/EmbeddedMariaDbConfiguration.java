package org.preau.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB and points the DataSource at it. The server starts on a
 * background thread so that the rest of the context builds meanwhile; the DataSource waits for it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "preau.embedded-db.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
class EmbeddedMariaDbConfiguration {

    @Bean(destroyMethod = "stop", bootstrap = Bean.Bootstrap.BACKGROUND)
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
        EmbeddedMariaDb db = new EmbeddedMariaDb(properties);
        db.start();
        return db;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(db.jdbcUrl())
                .username("root")
                .password("")
                .build();
    }
}
