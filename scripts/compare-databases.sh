#!/usr/bin/env bash
# Compares two databases on the same server table by table: row count and an md5 over every row as text, ordered by
# the primary key. Prints one line per table and a summary; exits 1 when any table differs.
#   scripts/compare-databases.sh SOURCE_DATABASE COPY_DATABASE
# Server and credentials: $CONGRESS_DB or the run.sh cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
[ $# -eq 2 ] || { echo "usage: scripts/compare-databases.sh SOURCE COPY" >&2; exit 2; }
pg_ensure_binaries
pg_env_from_connection "$(pg_portal_connection)"
# One query per database producing "table<TAB>rows<TAB>md5" for every table of the public schema.
checksums() {
  local db=$1 sql
  sql=$("$PG_BIN/psql" -X -tA --no-password -d "$db" -v ON_ERROR_STOP=1 <<'SQL'
SELECT string_agg(format(
  'SELECT %L, count(*), coalesce(md5(string_agg(t::text, E''\n'' ORDER BY %s)), md5('''')) FROM %I.%I t',
  c.relname,
  coalesce((SELECT string_agg(format('t.%I', a.attname), ', ' ORDER BY k.ord)
              FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
             WHERE i.indrelid = c.oid AND i.indisprimary), 't::text'),
  n.nspname, c.relname), E'\nUNION ALL\n' ORDER BY c.relname) || E'\nORDER BY 1'
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p');
SQL
)
  "$PG_BIN/psql" -X -tA -F $'\t' --no-password -d "$db" -v ON_ERROR_STOP=1 -c "$sql"
}
source_sums=$(mktemp) copy_sums=$(mktemp)
trap 'rm -f "$source_sums" "$copy_sums"' EXIT
checksums "$1" > "$source_sums"
checksums "$2" > "$copy_sums"
tables=$(wc -l < "$source_sums") rows=$(awk -F'\t' '{s += $2} END {print s + 0}' "$source_sums")
if diff -u --label "$1" --label "$2" "$source_sums" "$copy_sums" >&2; then
  echo "compare: $tables tables, $rows rows, identical counts and checksums ($1 = $2)"
else
  echo "compare: DIFFERENT ($1 vs $2; lines above)" >&2
  exit 1
fi
