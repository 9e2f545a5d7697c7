package org.preau.base;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;

/**
 * Scheduled jobs (daily transfers, retries to peers) and after-commit listeners.
 * <p>
 * Every {@code @Scheduled} job also carries {@code @SchedulerLock(name = ...)}: with several app
 * nodes on one database, the lock row in {@code shedlock} lets one node run it. The lock uses the
 * database's clock, so nodes whose clocks differ still agree. {@code preau.scheduling.enabled=false}
 * turns the schedules off (tests run the jobs by hand).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "preau.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Schedules {
    }
}
