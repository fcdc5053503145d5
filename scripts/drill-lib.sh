#!/usr/bin/env bash
# Shared by scripts/drill-two-nodes.sh and scripts/drill-db-killed.sh (source it after scripts/postgres.sh).
# A throwaway PostgreSQL under a temp directory (never the development cluster), the portal built once in Release and
# started as plain processes, and curl helpers that sign in and post forms with their antiforgery token.
#   drill_init NAME             temp dir $DRILL_DIR, PASS/FAIL counters, cleanup on exit
#   drill_database              own cluster, migrations, roles, demo data ($DRILL_DB, $DRILL_PG_DIR)
#   drill_start_node NAME PORT  one app node on 127.0.0.1:PORT (pid in $DRILL_DIR/NAME.pid, log NAME.log)
#   drill_sign_in JAR BASE USER sign in through BASE, cookies in JAR
#   drill_token JAR URL         the __RequestVerificationToken of the form on URL
#   pass / fail TEXT            print and count a step

DRILL_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DRILL_PASSWORD='Portal@2026demo'
DRILL_FAILED=0
DRILL_PIDS=()

pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; DRILL_FAILED=$((DRILL_FAILED + 1)); }
drill_log() { printf '[drill] %s\n' "$*" >&2; }

drill_cleanup() {
  local pid
  for pid in "${DRILL_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${DRILL_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "${DRILL_PG_DIR:-}" ] && [ -f "$DRILL_PG_DIR/postmaster.pid" ]; then
    pg_as_owner "$PG_BIN/pg_ctl" -D "$DRILL_PG_DIR" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "${DRILL_KEEP:-}" ]; then drill_log "kept $DRILL_DIR"; else rm -rf "$DRILL_DIR" "$DRILL_PG_DIR" "$DRILL_PG_DIR".*; fi
}

drill_init() {
  DRILL_DIR=$(mktemp -d "/tmp/drill-$1.XXXXXX")
  chmod 755 "$DRILL_DIR"
  trap drill_cleanup EXIT
  trap 'exit 130' INT TERM
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
}

# A cluster of our own (postgres.sh), so stopping it abruptly touches nobody else's database.
drill_database() {
  pg_ensure_binaries || return 1
  DRILL_PG_DIR=$(pg_data_dir_for "$DRILL_DIR/pg")
  [ "$DRILL_PG_DIR" = "$DRILL_DIR/pg" ] || DRILL_PG_DIR="$DRILL_PG_DIR-$(basename "$DRILL_DIR")"
  pg_start "$DRILL_PG_DIR" || return 1
  DRILL_DB=$PG_CONNECTION
  pg_env_from_connection "$DRILL_DB"
  drill_build || return 1
  drill_log "migrating and loading the demo data…"
  (cd "$DRILL_ROOT/src/CongressPortal.Web" && ConnectionStrings__Portal=$DRILL_DB ASPNETCORE_ENVIRONMENT=Production \
    Seed__Demo=true dotnet "$DRILL_DLL" --migrate-only >"$DRILL_DIR/migrate.log" 2>&1) \
    || { drill_log "--migrate-only failed:"; tail -n 30 "$DRILL_DIR/migrate.log" >&2; return 1; }
}

drill_build() {
  DRILL_DLL=$(ls "$DRILL_ROOT"/src/CongressPortal.Web/bin/Release/net*/CongressPortal.Web.dll 2>/dev/null | head -n 1)
  if [ -z "$DRILL_DLL" ] || [ -z "${DRILL_NO_BUILD:-}" ]; then
    drill_log "building (Release)…"
    dotnet build "$DRILL_ROOT/src/CongressPortal.Web" -c Release -nologo -v quiet >"$DRILL_DIR/build.log" 2>&1 \
      || { tail -n 30 "$DRILL_DIR/build.log" >&2; return 1; }
    DRILL_DLL=$(ls "$DRILL_ROOT"/src/CongressPortal.Web/bin/Release/net*/CongressPortal.Web.dll | head -n 1)
  fi
}

# Production, as deployed: HTTPS redirect, Secure cookies, forwarded headers believed from loopback only (the proxy on
# this machine). Clients that reach a node directly say X-Forwarded-Proto: https, as the TLS-terminating proxy would.
drill_start_node() {
  local name=$1 port=$2
  (cd "$DRILL_ROOT/src/CongressPortal.Web" && exec env ConnectionStrings__Portal="$DRILL_DB" ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS="http://127.0.0.1:$port" AuditRetention__RunJob=false Notifications__RunWorker=false \
    AuditRetention__Directory="$DRILL_DIR/audit-archive-$name" \
    dotnet "$DRILL_DLL" >"$DRILL_DIR/$name.log" 2>&1) &
  local pid=$!
  DRILL_PIDS+=("$pid")
  printf '%s\n' "$pid" >"$DRILL_DIR/$name.pid"
  local i
  for i in $(seq 1 120); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz")" = 200 ]; then
      drill_log "node $name up on 127.0.0.1:$port (pid $pid) after ${i}s"; return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  drill_log "node $name did not start:"; tail -n 30 "$DRILL_DIR/$name.log" >&2; return 1
}

drill_free_port() {
  local port
  for port in $(seq "$1" $(($1 + 200))); do
    if pg_port_free "$port"; then echo "$port"; return; fi
  done
  return 1
}

DRILL_CURL=(curl -s -H 'X-Forwarded-Proto: https' --max-time 30)

# The antiforgery token of the (first) form on a page; the page's cookies land in JAR.
drill_token() {
  local jar=$1 url=$2
  "${DRILL_CURL[@]}" -b "$jar" -c "$jar" "$url" \
    | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'
}

# Signs USER in through BASE; 0 when the portal redirected away from the login page.
drill_sign_in() {
  local jar=$1 base=$2 user=$3 token location
  token=$(drill_token "$jar" "$base/Account/Login")
  [ -n "$token" ] || return 1
  location=$("${DRILL_CURL[@]}" -b "$jar" -c "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "Input.UserName=$user" --data-urlencode "Input.Password=$DRILL_PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/Account/Login")
  case "$location" in 302*|303*) [[ "$location" != *"/Account/Login"* ]] ;; *) return 1 ;; esac
}

drill_psql() { "$PG_BIN/psql" -X -q -tA -v ON_ERROR_STOP=1 "$@"; }
