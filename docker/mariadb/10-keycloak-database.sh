#!/bin/bash
# Run by the MariaDB image once, when it initialises an empty volume: Keycloak's own database
# and user, beside Préau's (MARIADB_DATABASE / MARIADB_USER). The password comes from the
# environment (KEYCLOAK_DB_PASSWORD); it must not contain a single quote.
set -eu
mariadb --protocol=socket -uroot -p"${MARIADB_ROOT_PASSWORD}" <<SQL
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '${KEYCLOAK_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
SQL
