#!/usr/bin/env bash
# Drill: the database killed under load (issue 17). Own throwaway PostgreSQL, one app node in Production, staff and a
# deputy signed in; DRILL_WRITERS (default 4) curl loops posting notice drafts (/Staff/Notices/Edit, odd writers) and
# suggestions (/Deputy/Suggestions/Create, even writers) whose titles carry a unique marker, recording every answer; a poller recording /healthz every 0.2 s. After DRILL_BEFORE s (10) PostgreSQL is
# stopped with `pg_ctl stop -m immediate` (no checkpoint, clients cut off), started again DRILL_DOWN s (5) later, and
# the writers go on DRILL_AFTER s (10). Then: every acknowledged write (302 to the new notice's or suggestion's page) must be in the
# database, /healthz must have said 503 while it was down and 200 after, and the app process must be the one started.
# Prints the figures; exits 1 when a check fails. DRILL_NO_BUILD=1 skips the build; DRILL_KEEP=1 keeps the logs.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/drill-lib.sh

WRITERS=${DRILL_WRITERS:-4}
BEFORE=${DRILL_BEFORE:-10}
DOWN=${DRILL_DOWN:-5}
AFTER=${DRILL_AFTER:-10}

drill_init db-killed
drill_database || exit 1
PORT=$(drill_free_port 18091); drill_start_node app "$PORT" || exit 1
APP="http://127.0.0.1:$PORT"
APP_PID=$(cat "$DRILL_DIR/app.pid")
JAR="$DRILL_DIR/cookies"
drill_sign_in "$JAR" "$APP" staff || { fail "sign-in as staff"; exit 1; }
DEPUTY_JAR="$DRILL_DIR/deputy-cookies"
drill_sign_in "$DEPUTY_JAR" "$APP" deputy || { fail "sign-in as deputy"; exit 1; }
RUN="DK$(date +%s)"
STOP="$DRILL_DIR/stop"
now_ms() { date +%s%3N; }

# One writer: odd ones are staff posting notice drafts, even ones the deputy registering suggestions. A token (and the
# suggestion's category) from the form once (tokens are reusable for the signed-in user), then post until told to stop.
# Each line: marker, HTTP status, milliseconds since the epoch when the answer came, redirect target.
writer() {
  local w=$1 i=0 token="" category="" marker answer page jar form
  if [ $((w % 2)) = 1 ]; then jar=$JAR form="$APP/Staff/Notices/Edit"; else jar=$DEPUTY_JAR form="$APP/Deputy/Suggestions/Create"; fi
  cp "$jar" "$jar.w$w"
  while [ ! -f "$STOP" ]; do
    if [ -z "$token" ]; then
      page=$(curl -s -H 'X-Forwarded-Proto: https' --max-time 15 -b "$jar.w$w" -c "$jar.w$w" "$form")
      token=$(printf '%s' "$page" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
      category=$(printf '%s' "$page" | awk '/name="Input.CategoryId"/ {on = 1} on' | grep -o '<option value="[0-9][0-9]*"' | head -n 1 | grep -o '[0-9][0-9]*')
      [ -n "$token" ] || { sleep 0.2; continue; }
    fi
    i=$((i + 1))
    marker="$RUN-w$w-$i"
    if [ "$jar" = "$JAR" ]; then
      answer=$(curl -s -H 'X-Forwarded-Proto: https' --max-time 15 -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
        --data-urlencode "Input.Title=演练写入 $marker" --data-urlencode "Input.Body=数据库中断演练，写入 $marker。" \
        --data-urlencode "Input.Version=0" --data-urlencode "__RequestVerificationToken=$token" "$form")
    else
      answer=$(curl -s -H 'X-Forwarded-Proto: https' --max-time 15 -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
        --data-urlencode "Input.Title=演练建议 $marker" --data-urlencode "Input.Content=数据库中断演练：关于第 $i 号演练事项的建议，标记 $marker。" \
        --data-urlencode "Input.CategoryId=$category" --data-urlencode "Input.NotDuplicate=true" \
        --data-urlencode "__RequestVerificationToken=$token" "$form")
    fi
    printf '%s %s %s\n' "$marker" "${answer%% *}" "$(now_ms) ${answer#* }" >>"$DRILL_DIR/writer-$w.log"
  done
}

poller() {
  while [ ! -f "$STOP" ]; do
    printf '%s %s\n' "$(now_ms)" "$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "$APP/healthz")" >>"$DRILL_DIR/healthz.log"
    sleep 0.2
  done
}

APP_STARTED=$(ps -o lstart= -p "$APP_PID")
# The token fetches write to a jar per writer, never the shared one.
for w in $(seq 1 "$WRITERS"); do writer "$w" & DRILL_PIDS+=($!); done
poller & DRILL_PIDS+=($!)

sleep "$BEFORE"
DOWN_AT=$(now_ms)
pg_as_owner "$PG_BIN/pg_ctl" -D "$DRILL_PG_DIR" -m immediate -w stop >/dev/null || { fail "pg_ctl stop -m immediate"; exit 1; }
drill_log "PostgreSQL stopped (immediate)"
sleep "$DOWN"
UP_CALL=$(now_ms)
pg_start "$DRILL_PG_DIR" || { fail "PostgreSQL did not start again"; exit 1; }
UP_AT=$(now_ms)
drill_log "PostgreSQL up again ($((UP_AT - UP_CALL)) ms crash recovery and start)"
sleep "$AFTER"
touch "$STOP"
for pid in "${DRILL_PIDS[@]:1}"; do wait "$pid" 2>/dev/null; done
END_AT=$(now_ms)

cat "$DRILL_DIR"/writer-*.log >"$DRILL_DIR/writes.log"
awk '$2 == 302 && $4 ~ /\/(Staff\/Notices|Deputy\/Suggestions)\/Details\/[0-9]+/ {print $1}' "$DRILL_DIR/writes.log" | sort >"$DRILL_DIR/acked"
drill_psql -c "SELECT substring(title from '$RUN-w[0-9]+-[0-9]+') FROM notices WHERE title LIKE '%$RUN-%'
  UNION ALL SELECT substring(title from '$RUN-w[0-9]+-[0-9]+') FROM suggestions WHERE title LIKE '%$RUN-%'" | sort >"$DRILL_DIR/found"
attempts=$(wc -l <"$DRILL_DIR/writes.log")
acked=$(wc -l <"$DRILL_DIR/acked")
found=$(wc -l <"$DRILL_DIR/found")
missing=$(comm -23 "$DRILL_DIR/acked" "$DRILL_DIR/found" | wc -l)
unacked_found=$(comm -13 "$DRILL_DIR/acked" "$DRILL_DIR/found" | wc -l)
duplicates=$(uniq -d "$DRILL_DIR/found" | wc -l)
phase() { awk -v from="$1" -v to="$2" '$3 >= from && $3 < to {print $2}' "$DRILL_DIR/writes.log" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}'; }
acked_after=$(awk -v from="$UP_AT" '$2 == 302 && $3 >= from' "$DRILL_DIR/writes.log" | wc -l)

echo "writers: $WRITERS; attempts: $attempts; acknowledged: $acked; rows found: $found; acknowledged but missing: $missing;"
echo "  rows without an acknowledgement (answer lost or failed after commit): $unacked_found; duplicate markers: $duplicates"
echo "  answers before the stop: $(phase 0 "$DOWN_AT")"
echo "  answers while down:      $(phase "$DOWN_AT" "$UP_CALL")"
echo "  answers while starting:  $(phase "$UP_CALL" "$UP_AT")"
echo "  answers after the start: $(phase "$UP_AT" "$END_AT")"
healthz_phase() { awk -v from="$1" -v to="$2" '$1 >= from && $1 < to {print $2}' "$DRILL_DIR/healthz.log" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}'; }
echo "healthz before: $(healthz_phase 0 "$DOWN_AT"); while down: $(healthz_phase "$DOWN_AT" "$UP_CALL"); while starting: $(healthz_phase "$UP_CALL" "$UP_AT"); after: $(healthz_phase "$UP_AT" "$END_AT")"
ms_after() { if [ -n "$1" ]; then echo "$(($1 - $2)) ms"; else echo never; fi; }
first_200=$(awk -v from="$UP_CALL" '$1 >= from && $2 == 200 {print $1; exit}' "$DRILL_DIR/healthz.log")
first_write=$(awk -v from="$UP_CALL" '$3 >= from && $2 == 302 {print $3}' "$DRILL_DIR/writes.log" | sort -n | head -n 1)
first_503=$(awk -v from="$DOWN_AT" '$1 >= from && $2 == 503 {print $1; exit}' "$DRILL_DIR/healthz.log")
echo "PostgreSQL stopped for $((UP_CALL - DOWN_AT)) ms, then pg_start took $((UP_AT - UP_CALL)) ms (crash recovery);" \
  "first /healthz 503 $(ms_after "$first_503" "$DOWN_AT") after the stop; after pg_start was called: first /healthz 200 $(ms_after "$first_200" "$UP_CALL")," \
  "first acknowledged write $(ms_after "$first_write" "$UP_CALL")"

[ "$acked" -gt 0 ] && [ "$missing" = 0 ] && pass "every acknowledged write is in the database ($acked acknowledged, $found found)" \
  || fail "acknowledged writes missing: $missing of $acked ($(comm -23 "$DRILL_DIR/acked" "$DRILL_DIR/found" | head -n 5 | paste -sd' ' -))"
[ "$duplicates" = 0 ] && pass "no marker saved twice" || fail "$duplicates markers saved twice"
down_codes=$(awk -v from="$DOWN_AT" -v to="$UP_CALL" '$1 >= from + 1000 && $1 < to {print $2}' "$DRILL_DIR/healthz.log" | sort -u | paste -sd, -)
[ "$down_codes" = 503 ] && pass "/healthz said 503 while PostgreSQL was down (from 1 s after the stop: only 503)" \
  || fail "/healthz while down (from 1 s after the stop): $down_codes"
last_code=$(tail -n 1 "$DRILL_DIR/healthz.log" | awk '{print $2}')
[ -n "$first_200" ] && [ "$last_code" = 200 ] && pass "/healthz 200 again after the start, and at the end" || fail "/healthz after the start: first 200 ${first_200:-never}, last $last_code"
[ "$acked_after" -gt 0 ] && pass "writes acknowledged after the start: $acked_after" || fail "no write acknowledged after PostgreSQL came back"
if kill -0 "$APP_PID" 2>/dev/null && [ "$(ps -o lstart= -p "$APP_PID")" = "$APP_STARTED" ]; then
  pass "the app process (pid $APP_PID, started $APP_STARTED) ran throughout: never restarted"
else
  fail "the app process $APP_PID is gone or started twice"
fi
final=$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-Proto: https' -b "$JAR" "$APP/Staff/Notices")
[ "$final" = 200 ] && pass "the staff session from before the stop still works (/Staff/Notices 200)" || fail "/Staff/Notices after: $final"

if [ "$DRILL_FAILED" = 0 ]; then echo "drill-db-killed: all checks passed"; exit 0; fi
echo "drill-db-killed: $DRILL_FAILED check(s) failed (DRILL_KEEP=1 keeps the logs)"; exit 1
