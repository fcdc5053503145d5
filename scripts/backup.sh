#!/usr/bin/env bash
# Backs up the portal's database in pg_dump's custom format (compressed, restorable table by table with pg_restore).
#   scripts/backup.sh [FILE]     default: backups/congress-YYYYMMDD-HHMMSS.dump
# Database: $CONGRESS_DB (an Npgsql connection string) or the run.sh cluster under .data/pg. Writes FILE.sha256 beside
# the dump. Schedule it nightly (docs/deployment.md, Backups) and copy both files off the server.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
pg_ensure_binaries
pg_env_from_connection "$(pg_portal_connection)"
file=${1:-backups/congress-$(date -u +%Y%m%d-%H%M%S).dump}
mkdir -p "$(dirname "$file")"
started=$(date +%s%N)
"$PG_BIN/pg_dump" --format=custom --compress=6 --no-password --file="$file.partial" "$PGDATABASE"
mv "$file.partial" "$file"
(cd "$(dirname "$file")" && sha256sum "$(basename "$file")" > "$(basename "$file").sha256")
printf 'backup: %s (%s bytes, %s ms) of database %s on %s:%s\n' "$file" "$(stat -c %s "$file")" \
  "$(( ($(date +%s%N) - started) / 1000000 ))" "$PGDATABASE" "$PGHOST" "$PGPORT" >&2
echo "$file"
