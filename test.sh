#!/usr/bin/env bash
# Builds and runs every test against a throwaway PostgreSQL started here, then prints one closing line
# computed from the test results: "Tests: N passed, N failed". Exits non-zero on any failure or when no
# test ran.
set -uo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Browser tests need Debian's Chromium and CJK fonts (a Playwright browser download cannot work here).
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing chromium and fonts-noto-cjk for the browser tests…"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk fontconfig >/dev/null \
      || { echo "Could not install chromium; the browser tests will fail." >&2; }
  else
    echo "chromium or fonts-noto-cjk missing and not root: the browser tests will fail." >&2
  fi
fi

# The Word paperwork is checked in a second reader: LibreOffice converts each .docx to PDF and poppler's pdftotext
# reads it back (WordFilesInLibreOfficeTests). About a minute to install; the test fails without it.
if ! command -v libreoffice >/dev/null || ! command -v pdftotext >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing libreoffice-writer-nogui and poppler-utils for the Word paperwork test…"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-noto-cjk >/dev/null \
      || { echo "Could not install LibreOffice; the Word paperwork test will fail." >&2; }
  else
    echo "libreoffice or pdftotext missing and not root: the Word paperwork test will fail." >&2
  fi
fi

DATA_DIR=""
if [ -n "${CONGRESS_DB:-}" ]; then
  # Tests create and drop their own databases on this server: the user needs CREATEDB.
  export CONGRESS_TEST_DB=$CONGRESS_DB
else
  pg_ensure_binaries || exit 1
  DATA_DIR=$(mktemp -d /tmp/congress-test-XXXXXX)/pg
  if [ "$(id -u)" = 0 ]; then chmod 755 "$(dirname "$DATA_DIR")"; fi
  PG_FSYNC=off pg_start "$DATA_DIR" || exit 1
  export CONGRESS_TEST_DB="Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Password=$PG_PASSWORD;Database=postgres"
fi
cleanup() {
  if [ -n "$DATA_DIR" ]; then pg_stop "$DATA_DIR"; rm -rf "$(dirname "$DATA_DIR")"; fi
}
trap cleanup EXIT

RESULTS=artifacts/test-results
rm -rf "$RESULTS"
mkdir -p "$RESULTS" artifacts/screenshots

dotnet build CongressPortal.sln -nologo -v quiet
build_status=$?
test_status=1
if [ $build_status -eq 0 ]; then
  dotnet test CongressPortal.sln --no-build -nologo --logger "trx" --logger "console;verbosity=minimal" --results-directory "$RESULTS"
  test_status=$?
fi

passed=0; failed=0; total=0
for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); total=$((total + ${t:-0}))
done
# Anything that did not pass (errors, timeouts, aborted runs) counts as failed.
not_passed=$((total - passed))
[ $not_passed -gt $failed ] && failed=$not_passed

echo "Tests: $passed passed, $failed failed"
if [ $build_status -ne 0 ] || [ $test_status -ne 0 ] || [ $failed -ne 0 ] || [ $passed -eq 0 ]; then
  exit 1
fi
exit 0
