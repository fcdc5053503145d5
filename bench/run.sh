#!/usr/bin/env bash
# Benchmarks, run by hand:
#   ./bench/run.sh [count] [rounds] [only]
#       Loads the demo city plus <count> generated suggestions once, then measures the staff list, Chinese
#       search, a year's statistics and a 500-row import (or only the cases whose name contains [only]).
#   ./bench/run.sh reports [connections] [seconds] [rounds]
#       Serves the demo city on Kestrel and loads the cached public report page and a minimal endpoint
#       returning the same bytes, alternately.
#   ./bench/run.sh public [connections] [seconds] [rounds] [only]
#       Serves the demo city on Kestrel and loads every kind of cached public page side by side with a minimal endpoint
#       returning the same bytes (or only the pages whose label contains [only]); then the uncached deputy profile and the
#       reply search's handler one request at a time, and the published-reply search with a new cache key per request at
#       [connections] ([seconds] of warm-up, twice that measured, with the CPU time of this process and PostgreSQL per request).
#   ./bench/run.sh legislation [fill] [count] [rounds] [connections] [seconds]
#       Loads the demo city plus <count> (2000) generated regulations with three versions each and one of 100
#       articles, then measures the library search, a cached regulation page against a minimal endpoint and the
#       version comparison over HTTP; with fill, only loads the data and times the library query.
#   ./bench/run.sh drafts [fill|submit] [connections] [seconds] [rounds] [warmup]
#       Loads the demo city plus one open draft of 150 articles with 50,000 comments (binary COPY), then measures the
#       cached public draft page against a minimal endpoint, comment submission at <connections> (32) connections with
#       the rate limit off, and the staff moderation list by article over <rounds> (200) requests; with fill, only
#       loads the data; with submit, measures only the comment submission (after <warmup> (40) seconds of it).
#   ./bench/run.sh proposals
#       Loads the demo city and replays each session's 交办 with the unit proposals trained on the sessions before it.
#   ./bench/run.sh api [count] [limit] [polls]
#       On the database of <count> (1000000) generated suggestions (generated first if missing): builds the open data
#       index, crawls every API list following next (<limit> per page, 100), then polls each with an empty modified_since.
# Both use their own PostgreSQL cluster under bench/.data (kept between runs: generating 1,000,000 suggestions
# takes minutes). Record the printed tables in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
MODE=suggestions
if [ "${1:-}" = reports ]; then MODE=reports; shift; fi
if [ "${1:-}" = public ]; then MODE=public; shift; fi
if [ "${1:-}" = legislation ]; then MODE=legislation; shift; fi
if [ "${1:-}" = drafts ]; then MODE=drafts; shift; fi
if [ "${1:-}" = proposals ]; then MODE=proposals; shift; fi
if [ "${1:-}" = api ]; then MODE=api; shift; fi
COUNT=${1:-1000000}
ROUNDS=${2:-200}
DATA_DIR=$PWD/bench/.data/pg
pg_ensure_binaries
mkdir -p "$(dirname "$DATA_DIR")"
if [ "$(id -u)" = 0 ]; then chmod 755 "$(dirname "$DATA_DIR")"; fi
pg_start "$DATA_DIR"
trap 'if [ -n "${PG_STARTED_HERE:-}" ]; then pg_stop "$DATA_DIR"; fi' EXIT
DB="congress_bench_$COUNT"
if [ "$MODE" = reports ] || [ "$MODE" = public ]; then DB=congress_bench_reports; fi
if [ "$MODE" = legislation ]; then DB=congress_bench_legislation; fi
if [ "$MODE" = drafts ]; then DB=congress_bench_drafts; fi
if [ "$MODE" = proposals ]; then DB=congress_bench_proposals; fi
export ConnectionStrings__Portal="Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Password=$PG_PASSWORD;Database=$DB;Command Timeout=600"

dotnet build bench/CongressPortal.Bench -c Release -nologo -v quiet
BENCH="dotnet bench/CongressPortal.Bench/bin/Release/net10.0/CongressPortal.Bench.dll"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; PostgreSQL $(PGPASSWORD=$PG_PASSWORD "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc 'SHOW server_version')"
if [ "$MODE" = reports ] || [ "$MODE" = public ] || [ "$MODE" = legislation ] || [ "$MODE" = drafts ] || [ "$MODE" = proposals ]; then
  # The benchmark creates the database and loads the demo city (and its generated data) itself on first use.
  $BENCH "$MODE" "$@"
  exit
fi
if ! PGPASSWORD=$PG_PASSWORD "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  echo "Generating $COUNT suggestions into $DB (once)…"
  $BENCH generate "$COUNT"
fi
if [ "$MODE" = api ]; then
  $BENCH api ${2:+"$2"} ${3:+"$3"}
  exit
fi
$BENCH measure "$ROUNDS" ${3:+"$3"}
