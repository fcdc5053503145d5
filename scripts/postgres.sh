#!/usr/bin/env bash
# Shared by run.sh and test.sh: an embedded, project-local PostgreSQL cluster built from the machine's
# PostgreSQL binaries (installed with apt-get when missing). Source this file, then call:
#   pg_ensure_binaries          find initdb/pg_ctl, installing PostgreSQL if needed
#   pg_start DATA_DIR           init (first time) and start a cluster on 127.0.0.1, a free port
#   pg_stop DATA_DIR            stop it
# After pg_start, PG_PORT, PG_USER, PG_PASSWORD and PG_CONNECTION (an Npgsql connection string to the
# "congress" database) are set.

PG_USER=congress
PG_DATABASE=congress

pg_log() { printf '[postgres] %s\n' "$*" >&2; }

pg_as_owner() {
  # initdb and pg_ctl refuse to run as root: run them as the postgres user when we are root.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_ensure_binaries() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    if [ "$(id -u)" != 0 ]; then
      pg_log "PostgreSQL is not installed and this script is not root: install it (apt-get install postgresql) or set CONGRESS_DB."
      return 1
    fi
    pg_log "PostgreSQL binaries not found; installing with apt-get (one-time)…"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends postgresql postgresql-contrib >/dev/null
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
  fi
  [ -x "$PG_BIN/initdb" ] || { pg_log "initdb not found after installation"; return 1; }
}

pg_port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pg_pick_port() {
  local preferred=$1 port
  if [ -n "$preferred" ] && pg_port_free "$preferred"; then echo "$preferred"; return; fi
  for port in $(seq 55432 55532); do
    if pg_port_free "$port"; then echo "$port"; return; fi
  done
  pg_log "no free port between 55432 and 55532"; return 1
}

pg_start() {
  local dir=$1
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; chmod 700 "$dir"; fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    local password
    password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
    printf '%s\n' "$password" > "$dir.password"
    chmod 600 "$dir.password"
    local pwfile
    pwfile=$(mktemp)
    printf '%s\n' "$password" > "$pwfile"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$pwfile"; fi
    # UTF8 with C.UTF-8: with LC_CTYPE=C, pg_trgm extracts nothing from Chinese text.
    pg_as_owner "$PG_BIN/initdb" -D "$dir" -U "$PG_USER" --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 >"$dir.initdb.log" 2>&1 \
      || { rm -f "$pwfile"; pg_log "initdb failed:"; cat "$dir.initdb.log" >&2; return 1; }
    rm -f "$pwfile"
  fi
  PG_PASSWORD=$(cat "$dir.password")
  PG_STARTED_HERE=""
  if [ -f "$dir.port" ] && pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    # Already running (another ./run.sh, or a previous one that was killed): reuse it.
    PG_PORT=$(cat "$dir.port")
  else
    local previous=""
    [ -f "$dir.port" ] && previous=$(cat "$dir.port")
    PG_PORT=$(pg_pick_port "$previous") || return 1
    printf '%s\n' "$PG_PORT" > "$dir.port"
    pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $dir -c max_connections=200 -c fsync=${PG_FSYNC:-on}" start >/dev/null \
      || { pg_log "PostgreSQL did not start:"; tail -n 20 "$dir/server.log" >&2; return 1; }
    PG_STARTED_HERE=1
  fi
  if ! PGPASSWORD=$PG_PASSWORD "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'" | grep -q 1; then
    PGPASSWORD=$PG_PASSWORD "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -c \
      "CREATE DATABASE $PG_DATABASE ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0" >/dev/null
  fi
  PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Password=$PG_PASSWORD;Database=$PG_DATABASE"
  pg_log "running on 127.0.0.1:$PG_PORT (data in $dir)"
}

pg_stop() {
  local dir=$1
  [ -f "$dir/postmaster.pid" ] || return 0
  pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
}

# The postgres user must be able to reach the data directory; a checkout under /root is not reachable.
pg_data_dir_for() {
  local wanted=$1
  if [ "$(id -u)" = 0 ]; then
    mkdir -p "$(dirname "$wanted")"
    if ! runuser -u postgres -- test -x "$(dirname "$wanted")" 2>/dev/null; then
      local alt
      alt="/var/tmp/congress-portal-$(printf '%s' "$wanted" | md5sum | cut -c1-12)/$(basename "$wanted")"
      pg_log "postgres cannot reach $(dirname "$wanted"); using $alt"
      mkdir -p "$(dirname "$alt")"
      chmod 755 "$(dirname "$alt")"
      echo "$alt"
      return
    fi
  fi
  echo "$wanted"
}

# libpq's environment (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE) from an Npgsql connection string such as
# $CONGRESS_DB, so pg_dump, pg_restore and psql reach the same database as the portal.
pg_env_from_connection() {
  local part key value
  unset PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE
  IFS=';' read -ra parts <<<"$1"
  for part in "${parts[@]}"; do
    key=$(printf '%s' "${part%%=*}" | tr '[:upper:]' '[:lower:]' | tr -d ' ')
    value=${part#*=}
    case "$key" in
      host|server) export PGHOST=$value ;;
      port) export PGPORT=$value ;;
      username|userid|user) export PGUSER=$value ;;
      password) export PGPASSWORD=$value ;;
      database|db) export PGDATABASE=$value ;;
    esac
  done
}

# The portal's database for the operations scripts: $CONGRESS_DB, or the run.sh cluster under .data/pg.
pg_portal_connection() {
  if [ -n "${CONGRESS_DB:-}" ]; then printf '%s\n' "$CONGRESS_DB"; return; fi
  local dir
  dir=$(pg_data_dir_for "$PWD/.data/pg")
  if [ -f "$dir.password" ] && [ -f "$dir.port" ]; then
    printf 'Host=127.0.0.1;Port=%s;Username=%s;Password=%s;Database=%s\n' "$(cat "$dir.port")" "$PG_USER" "$(cat "$dir.password")" "$PG_DATABASE"
    return
  fi
  pg_log "no database: set CONGRESS_DB (an Npgsql connection string) or start ./run.sh once"
  return 1
}
