package org.preau.database;

/**
 * Settings of the embedded MariaDB ({@code preau.embedded-db.*}), bound before the context starts.
 *
 * @param port      TCP port; 0 picks a free one at start
 * @param dataDir   where the databases live (kept across restarts)
 * @param baseDir   where the MariaDB binaries are unpacked
 * @param ephemeral tests: use a fresh data folder and delete it on stop
 * @param schema    name of the database that Préau uses
 */
record EmbeddedMariaDbProperties(int port, String dataDir, String baseDir, boolean ephemeral, String schema) {

    EmbeddedMariaDbProperties {
        if (dataDir == null || dataDir.isBlank()) dataDir = "./data/mariadb";
        if (baseDir == null || baseDir.isBlank()) baseDir = "./data/mariadb-base";
        if (schema == null || schema.isBlank()) schema = "preau";
    }
}
