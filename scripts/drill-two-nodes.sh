#!/usr/bin/env bash
# Drill: two app nodes behind nginx (issue 17). Own throwaway PostgreSQL, migrations and demo data, nodes A and B in
# Production, nginx (from the distribution, installed with apt-get when missing) round-robin to both on a third port,
# playing the TLS-terminating proxy (it sends X-Forwarded-Proto: https). Then with curl:
#   1. sign in as staff through node A directly;
#   2. the same cookie works on node B and the staff pages there;
#   3. a form posted through node B (antiforgery token from B, cookie from A) is accepted: a notice draft is saved;
#   4. the public notices page is read on B (now in B's output cache), the notice is published on A, and B shows it at once
#      (NOTIFY portal_public_cache evicts B's copy);
#   5. through nginx, several requests reach both nodes and the signed-in session holds on each.
# Prints PASS/FAIL per step; exits 1 on any failure. Everything it started is stopped on exit.
# DRILL_NO_BUILD=1 skips the build when a Release build exists; DRILL_KEEP=1 keeps the temp directory (logs).
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/drill-lib.sh

drill_init two-nodes

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  [ "$(id -u)" = 0 ] || { drill_log "nginx is not installed and this script is not root: apt-get install nginx"; exit 1; }
  drill_log "nginx not found; installing with apt-get (one-time)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends nginx-light >/dev/null 2>&1 \
    || apt-get install -y -qq --no-install-recommends nginx >/dev/null || exit 1
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

drill_database || exit 1
PORT_A=$(drill_free_port 18081); drill_start_node A "$PORT_A" || exit 1
PORT_B=$(drill_free_port $((PORT_A + 1))); drill_start_node B "$PORT_B" || exit 1
A="http://127.0.0.1:$PORT_A"; B="http://127.0.0.1:$PORT_B"

# nginx: its own prefix, config and pid under the temp dir; not the system service.
PORT_P=$(drill_free_port $((PORT_B + 1)))
mkdir -p "$DRILL_DIR/nginx/logs" "$DRILL_DIR/nginx/tmp"
cat >"$DRILL_DIR/nginx/nginx.conf" <<NGINX
worker_processes 1;
daemon on;
pid $DRILL_DIR/nginx/nginx.pid;
error_log $DRILL_DIR/nginx/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log $DRILL_DIR/nginx/logs/access.log;
  client_body_temp_path $DRILL_DIR/nginx/tmp/body;
  proxy_temp_path $DRILL_DIR/nginx/tmp/proxy;
  fastcgi_temp_path $DRILL_DIR/nginx/tmp/fastcgi;
  uwsgi_temp_path $DRILL_DIR/nginx/tmp/uwsgi;
  scgi_temp_path $DRILL_DIR/nginx/tmp/scgi;
  upstream portal { server 127.0.0.1:$PORT_A; server 127.0.0.1:$PORT_B; }
  log_format drill '\$upstream_addr \$status \$request';
  server {
    listen 127.0.0.1:$PORT_P;
    access_log $DRILL_DIR/nginx/logs/upstream.log drill;
    location / {
      proxy_pass http://portal;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto https;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
NGINX
"$NGINX" -p "$DRILL_DIR/nginx" -c "$DRILL_DIR/nginx/nginx.conf" -e "$DRILL_DIR/nginx/logs/error.log" \
  || { drill_log "nginx did not start"; exit 1; }
stop_nginx() { [ -f "$DRILL_DIR/nginx/nginx.pid" ] && kill "$(cat "$DRILL_DIR/nginx/nginx.pid")" 2>/dev/null; sleep 0.5; drill_cleanup; }
trap stop_nginx EXIT
P="http://127.0.0.1:$PORT_P"
drill_log "nginx on $P -> $A, $B"

JAR="$DRILL_DIR/cookies"
code() { "${DRILL_CURL[@]}" -b "$JAR" -o /dev/null -w '%{http_code}' "$@"; }

# 1. Sign in through node A.
if drill_sign_in "$JAR" "$A" staff && [ "$(code "$A/Staff")" = 200 ]; then
  pass "1 signed in as staff through node A ($A/Account/Login), /Staff 200 on A"
else
  fail "1 sign-in through node A"
fi

# 2. Node B reads A's cookie (Data Protection key ring in the database).
got=$(code "$B/Staff/Notices")
if [ "$got" = 200 ]; then pass "2 node B accepts the cookie issued by A: /Staff/Notices 200 on B"
else fail "2 node B with A's cookie: /Staff/Notices $got (expected 200)"; fi

# 3. A form posted through node B.
MARK="DRILL-2N-$(date +%s)-$$"
token=$(drill_token "$JAR" "$B/Staff/Notices/Edit")
result=$("${DRILL_CURL[@]}" -b "$JAR" -c "$JAR" -o /dev/null -w '%{http_code} %{redirect_url}' \
  --data-urlencode "Input.Title=演练通知 $MARK" --data-urlencode "Input.Body=两节点演练：经节点B提交。" \
  --data-urlencode "Input.Version=0" --data-urlencode "__RequestVerificationToken=$token" "$B/Staff/Notices/Edit")
NOTICE_ID=$(printf '%s' "$result" | grep -o '/Staff/Notices/Details/[0-9]*' | grep -o '[0-9]*$')
if [ -n "$token" ] && [[ "$result" == 302* ]] && [ -n "$NOTICE_ID" ]; then
  pass "3 notice draft posted through node B with A's cookie and B's antiforgery token: $result"
else
  fail "3 form post through node B: token ${token:+present}${token:-missing}, answer '$result'"
fi

# Antiforgery across nodes the other way too: a token from A posted to B.
if [ -n "$NOTICE_ID" ]; then
  page=$("${DRILL_CURL[@]}" -b "$JAR" -c "$JAR" "$A/Staff/Notices/Details/$NOTICE_ID")
  publish_form=$(printf '%s' "$page" | awk '/id="form-publish"/ {on = 1} on {print} on && /<\/form>/ {exit}')
  token=$(printf '%s' "$publish_form" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  version=$(printf '%s' "$publish_form" | grep -o 'name="version" value="[0-9]*"' | grep -o '[0-9]*')

  # 4. B caches the public list, A publishes, B shows it at once.
  before=$("${DRILL_CURL[@]}" "$B/Notices")
  cached=$("${DRILL_CURL[@]}" "$B/Notices")
  if [ -n "$before" ] && [[ "$before" != *"$MARK"* ]] && [ "$before" = "$cached" ]; then
    pass "4a public /Notices on B read twice (now in B's output cache), without the draft"
  else
    fail "4a public /Notices on B before publication"
  fi
  result=$("${DRILL_CURL[@]}" -b "$JAR" -c "$JAR" -o /dev/null -w '%{http_code}' --data-urlencode "version=$version" \
    --data-urlencode "__RequestVerificationToken=$token" "$A/Staff/Notices/Details/$NOTICE_ID?handler=Publish")
  if [ "$result" = 302 ]; then pass "4b notice $NOTICE_ID published on node A"; else fail "4b publish on A: $result"; fi
  # The cache would keep B's copy 60 s; the NOTIFY must evict it well before (read until seen, at most 30 s).
  seen=""; reads=0
  started=$(date +%s%N)
  while [ $(( ($(date +%s%N) - started) / 1000000 )) -lt 30000 ]; do
    reads=$((reads + 1))
    if "${DRILL_CURL[@]}" "$B/Notices" | grep -q "$MARK"; then seen=1; break; fi
    sleep 0.1
  done
  waited=$(( ($(date +%s%N) - started) / 1000000 ))
  if [ -n "$seen" ]; then
    pass "4c public /Notices on B shows the notice published on A: read $reads after the publish answered, ${waited} ms (the cache keeps 60 s)"
  else
    fail "4c B still without the published notice after ${waited} ms ($reads reads)"
  fi
else
  fail "4 publish on A and read on B: no notice to publish"
fi

# 5. Through nginx: both nodes answer, the session holds on each.
: >"$DRILL_DIR/nginx/logs/upstream.log"
ok=0
for _ in 1 2 3 4 5 6; do [ "$(code "$P/Staff/Notices")" = 200 ] && ok=$((ok + 1)); done
sleep 0.2
upstreams=$(awk '{print $1}' "$DRILL_DIR/nginx/logs/upstream.log" | sort | uniq -c | tr -s ' ' | paste -sd, -)
nodes=$(awk '{print $1}' "$DRILL_DIR/nginx/logs/upstream.log" | sort -u | wc -l)
if [ "$ok" = 6 ] && [ "$nodes" = 2 ]; then
  pass "5 six signed-in requests through nginx all 200, spread over both nodes ($upstreams)"
else
  fail "5 through nginx: $ok of 6 answered 200; upstreams: $upstreams"
fi
token=$(drill_token "$JAR" "$P/Staff/Notices/Edit")
result=$("${DRILL_CURL[@]}" -b "$JAR" -c "$JAR" -o /dev/null -w '%{http_code}' \
  --data-urlencode "Input.Title=演练通知 $MARK-nginx" --data-urlencode "Input.Body=两节点演练：经 nginx 提交。" \
  --data-urlencode "Input.Version=0" --data-urlencode "__RequestVerificationToken=$token" "$P/Staff/Notices/Edit")
last=$(tail -n 2 "$DRILL_DIR/nginx/logs/upstream.log" | awk '{print $1}' | paste -sd' ' -)
if [ "$result" = 302 ]; then pass "5b form through nginx (GET then POST went to: $last) saved"; else fail "5b form through nginx: $result ($last)"; fi
plain=$(curl -s -o /dev/null -w '%{http_code}' "$A/Notices")
if [ "$plain" = 308 ]; then pass "5c node A without the proxy's X-Forwarded-Proto redirects to HTTPS (308): Production settings in force"
else fail "5c plain HTTP to node A answered $plain, expected 308"; fi

rows=$(drill_psql -c "SELECT count(*) FROM notices WHERE title LIKE '%$MARK%'")
keys=$(drill_psql -c "SELECT count(*) FROM data_protection_keys")
drill_log "notices with the marker: $rows; data protection keys: $keys"
if [ "$rows" = 2 ] && [ "$keys" -ge 1 ]; then pass "6 database: 2 notices with the marker, $keys data protection key(s) shared"
else fail "6 database: $rows notices with the marker (expected 2), $keys keys"; fi

if [ "$DRILL_FAILED" = 0 ]; then echo "drill-two-nodes: all steps passed"; exit 0; fi
echo "drill-two-nodes: $DRILL_FAILED step(s) failed (DRILL_KEEP=1 keeps the logs)"; exit 1
