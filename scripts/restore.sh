#!/usr/bin/env bash
# Restores a dump made by scripts/backup.sh into a NEW database on the same server (never over an existing one).
#   scripts/restore.sh FILE NEW_DATABASE
# Server and credentials: $CONGRESS_DB or the run.sh cluster (its database name is ignored). Checks FILE.sha256 when
# present. The new database is created UTF8 with C.UTF-8 collation, as the portal needs; objects are owned by the user
# restoring (--no-owner), so grants for the app role are given again afterwards (docs/deployment.md, Database roles).
# Then point ConnectionStrings__Portal at NEW_DATABASE, run --migrate-only (a no-op for a dump of this release), start
# the nodes and send NOTIFY portal_public_cache, 'reports' (or wait a minute) so cached pages are rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
[ $# -eq 2 ] || { echo "usage: scripts/restore.sh FILE NEW_DATABASE" >&2; exit 2; }
file=$1 target=$2
[[ $target =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "restore: database name must be lower-case letters, digits and _" >&2; exit 2; }
[ -f "$file" ] || { echo "restore: no file $file" >&2; exit 2; }
if [ -f "$file.sha256" ]; then (cd "$(dirname "$file")" && sha256sum --quiet -c "$(basename "$file").sha256") || { echo "restore: checksum mismatch for $file" >&2; exit 1; }; fi
pg_ensure_binaries
pg_env_from_connection "$(pg_portal_connection)"
psql_admin() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 --no-password -d postgres "$@"; }
if [ "$(psql_admin -tAc "SELECT count(*) FROM pg_database WHERE datname = '$target'")" != 0 ]; then
  echo "restore: database $target exists; restore into a new one" >&2; exit 1
fi
started=$(date +%s%N)
psql_admin -c "CREATE DATABASE $target ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0"
"$PG_BIN/pg_restore" --no-password --no-owner --no-privileges --exit-on-error --jobs=2 --dbname="$target" "$file"
printf 'restore: %s into database %s in %s ms\n' "$file" "$target" "$(( ($(date +%s%N) - started) / 1000000 ))" >&2
