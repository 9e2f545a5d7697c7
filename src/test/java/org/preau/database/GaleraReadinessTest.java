package org.preau.database;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a MariaDB Galera cluster requires of Préau's schema and code (docs/production.md): every
 * table, present and future, has a primary key and is InnoDB (Galera replicates only InnoDB rows,
 * and without a primary key a row's update or delete is applied by a full scan on each node, or
 * not at all when the rows are alike); no {@code LOCK TABLES} / {@code GET_LOCK}, which Galera
 * does not replicate.
 */
@PreauIntegrationTest
class GaleraReadinessTest {

    private static final Pattern UNREPLICATED_LOCKS = Pattern.compile("(?i)\\b(lock\\s+tables?|get_lock\\s*\\(|flush\\s+tables\\s+with\\s+read\\s+lock)");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_table_of_the_schema_has_a_primary_key() {
        List<String> tables = jdbc.queryForList("""
                select t.table_name from information_schema.tables t
                where t.table_schema = database() and t.table_type = 'BASE TABLE'""", String.class);
        assertThat(tables).as("the schema is migrated").contains("learner", "enrolment", "flyway_schema_history", "shedlock");
        List<String> withoutKey = jdbc.queryForList("""
                select t.table_name from information_schema.tables t
                where t.table_schema = database() and t.table_type = 'BASE TABLE'
                  and not exists (select 1 from information_schema.table_constraints c
                                  where c.table_schema = t.table_schema and c.table_name = t.table_name
                                    and c.constraint_type = 'PRIMARY KEY')
                order by t.table_name""", String.class);
        assertThat(withoutKey).as("tables without a primary key").isEmpty();
    }

    @Test
    void every_table_is_innodb() {
        List<String> others = jdbc.queryForList("""
                select concat(table_name, ' (', engine, ')') from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE' and engine <> 'InnoDB'
                order by table_name""", String.class);
        assertThat(others).as("tables Galera would not replicate").isEmpty();
    }

    @Test
    void neither_the_code_nor_the_migrations_take_table_locks() throws IOException {
        List<String> found;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources/db")))) {
            found = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .filter(p -> {
                        try {
                            return UNREPLICATED_LOCKS.matcher(Files.readString(p)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
        }
        assertThat(found).as("files taking table locks").isEmpty();
    }
}
