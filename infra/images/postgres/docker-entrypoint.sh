#!/bin/bash
# On an empty data directory: initdb (superuser postgres, password POSTGRES_PASSWORD, scram-sha-256 over TCP),
# then the *.sql and *.sh scripts of /docker-entrypoint-initdb.d against a server reachable only by socket.
# Then the server itself, listening on every address; arguments (-c name=value …) are passed to it.
set -euo pipefail
if [ "${1:-postgres}" = postgres ]; then
  [ $# -gt 0 ] && shift
  if [ ! -s "$PGDATA/PG_VERSION" ]; then
    : "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD, the superuser password}"
    initdb --username=postgres --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") --encoding=UTF8 --locale=C.UTF-8 \
      --auth-local=peer --auth-host=scram-sha-256 -D "$PGDATA" >/dev/null
    printf 'host all all all scram-sha-256\n' >>"$PGDATA/pg_hba.conf"
    printf "listen_addresses = '*'\n" >>"$PGDATA/postgresql.conf"
    pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start >/dev/null
    for script in /docker-entrypoint-initdb.d/*; do
      case "$script" in
        *.sql) echo "init: $script"; psql -v ON_ERROR_STOP=1 -U postgres -q -f "$script" ;;
        *.sh) echo "init: $script"; . "$script" ;;
      esac
    done
    pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
    echo "init: done"
  fi
  exec postgres "$@"
fi
exec "$@"
