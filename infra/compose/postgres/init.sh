#!/bin/bash
# Runs once, as the superuser, when the PostgreSQL data directory is created (docker-entrypoint-initdb.d).
# One database per service, each reached with the service's own least-privilege role — none is a superuser or may
# create databases or roles:
#   kinerja_command  owns kinerja_events, the event store (command-service migrates and writes it)
#   kinerja_query    owns kinerja_query, the read models; may hand itself kinerja_baca, the row-level-security
#                    reader its API reads run as (docs/security.md)
#   kinerja_laporan  reads the event store and nothing else (reporting-service's auditor mode)
#   keycloak         owns keycloak, the identity provider's database
# Passwords come from the environment (compose: .env or the shell; Kubernetes: secrets).
set -euo pipefail
psql -v ON_ERROR_STOP=1 -U postgres -q \
  -v command_password="${KINERJA_COMMAND_DB_PASSWORD:?}" -v query_password="${KINERJA_QUERY_DB_PASSWORD:?}" \
  -v laporan_password="${KINERJA_REPORTING_DB_PASSWORD:?}" -v keycloak_password="${KEYCLOAK_DB_PASSWORD:?}" <<'SQL'
CREATE ROLE kinerja_command LOGIN PASSWORD :'command_password';
CREATE ROLE kinerja_query LOGIN PASSWORD :'query_password';
CREATE ROLE kinerja_laporan LOGIN PASSWORD :'laporan_password';
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE ROLE kinerja_baca NOLOGIN;
GRANT kinerja_baca TO kinerja_query WITH ADMIN OPTION;

CREATE DATABASE kinerja_events OWNER kinerja_command;
CREATE DATABASE kinerja_query OWNER kinerja_query;
CREATE DATABASE keycloak OWNER keycloak;
REVOKE ALL ON DATABASE kinerja_events, kinerja_query, keycloak FROM PUBLIC;
GRANT CONNECT ON DATABASE kinerja_events TO kinerja_laporan;

\connect kinerja_events
-- whatever tables command-service's migrations create, reporting-service may read and not change
ALTER DEFAULT PRIVILEGES FOR ROLE kinerja_command IN SCHEMA public GRANT SELECT ON TABLES TO kinerja_laporan;
SQL
