package org.preau.database;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of its own on the tests' embedded MariaDB, for a test that runs migrations on older
 * data. Préau's account may use only its own database, so the scratch one is made, and dropped, as root.
 */
public final class ScratchDatabases {

    private ScratchDatabases() {
    }

    /** Drops {@code name} if it exists, creates it empty, and returns a root data source to it. */
    public static DataSource fresh(ApplicationContext context, String name) {
        execute(context, "DROP DATABASE IF EXISTS `" + name + "`", "CREATE DATABASE `" + name + "`");
        EmbeddedMariaDb db = context.getBean(EmbeddedMariaDb.class);
        return new DriverManagerDataSource("jdbc:mariadb://127.0.0.1:" + db.port() + "/" + name, "root", db.rootPassword());
    }

    public static void drop(ApplicationContext context, String name) {
        execute(context, "DROP DATABASE IF EXISTS `" + name + "`");
    }

    private static void execute(ApplicationContext context, String... statements) {
        EmbeddedMariaDb db = context.getBean(EmbeddedMariaDb.class);
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + db.port() + "/", "root", db.rootPassword());
             Statement s = c.createStatement()) {
            for (String statement : statements) s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
