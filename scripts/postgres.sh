#!/usr/bin/env bash
# A throwaway PostgreSQL server for Rasid's tests and CI: Debian's package, a temporary data directory,
# 127.0.0.1 on an unprivileged port, trust authentication. Nothing here is for production use.
#
#   scripts/postgres.sh start   # installs PostgreSQL if missing (needs root and apt), starts it, prints the connection string
#   scripts/postgres.sh stop    # stops it and deletes its data directory
#   scripts/postgres.sh url     # prints the connection string of the running server
#   scripts/postgres.sh down    # the server goes away at once (immediate shutdown, as a crash), its data kept
#   scripts/postgres.sh up      # the server that went down comes back with its data
#
# The tests read RASID_TEST_POSTGRES (default: the url below); with RASID_REQUIRE_POSTGRES=1 (as in CI)
# a missing server fails the PostgreSQL tests instead of skipping them.
set -euo pipefail
port=${RASID_PG_PORT:-55432}
state=${RASID_PG_STATE:-/tmp/rasid-postgres-$port}
url="Host=127.0.0.1;Port=$port;Username=postgres"

pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

# PostgreSQL refuses to run as root; when we are root, run its tools as the postgres user.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "${1:-start}" in
  start)
    if [ -z "$(pgbin)" ]; then
      if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
        echo "PostgreSQL is not installed; install Debian's 'postgresql' package (apt-get install postgresql) and run this again" >&2
        exit 1
      fi
      echo "installing PostgreSQL from Debian's packages..." >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql) >/dev/null
    fi
    bin=$(pgbin)
    if [ -f "$state/data/postmaster.pid" ] && as_postgres "$bin/pg_ctl -D $state/data status" >/dev/null 2>&1; then
      echo "$url"; exit 0
    fi
    rm -rf "$state"; mkdir -p "$state/data"
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$state"; fi
    as_postgres "$bin/initdb -D $state/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
    as_postgres "$bin/pg_ctl -D $state/data -l $state/log -w -o '-c listen_addresses=127.0.0.1 -p $port -k $state -c max_connections=200' start" >/dev/null
    echo "$url"
    ;;
  stop)
    bin=$(pgbin)
    if [ -n "$bin" ] && [ -d "$state/data" ]; then as_postgres "$bin/pg_ctl -D $state/data -m fast -w stop" >/dev/null 2>&1 || true; fi
    rm -rf "$state"
    ;;
  url)
    echo "$url"
    ;;
  down)
    as_postgres "$(pgbin)/pg_ctl -D $state/data -m immediate -w stop" >/dev/null
    ;;
  up)
    as_postgres "$(pgbin)/pg_ctl -D $state/data -l $state/log -w -o '-c listen_addresses=127.0.0.1 -p $port -k $state -c max_connections=200' start" >/dev/null
    echo "$url"
    ;;
  *)
    echo "usage: scripts/postgres.sh start|stop|url|down|up" >&2; exit 2
    ;;
esac
