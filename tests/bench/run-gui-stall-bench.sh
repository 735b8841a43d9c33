#!/usr/bin/env bash
# Console responsiveness benchmark (issue 6; not a test): the console window over a real engine
# while the engine sends USERS x PER_USER emails to postfix's smtp-sink on loopback and a second
# thread writes LOG_RECORDS records through the engine's logging path; the Logs page (live tail
# following) and the Dashboard are shown alternately, and a 5 ms timer on the GUI thread
# measures the event loop's stalls.
#
#   bash tests/bench/run-gui-stall-bench.sh [PORT]          (default port 2526)
#
# Environment: BUILD_DIR (build), USERS (400), PER_USER (50), LOG_RECORDS (100000),
#   LOG_RATE (10000 records/s; 0: flat out), SWITCH_MS (500).
# Needs: the gui_stall_bench target built (cmake --build BUILD_DIR --target gui_stall_bench),
#   postfix's /usr/sbin/smtp-sink (apt-get install postfix; keep the daemon stopped).
# Prints: emails_sent, log_records, max_stall_ms, p99_stall_ms, wall_s (target: max < 50 ms).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build}
port=${1:-2526}
bench=$build/tests/bench/gui_stall_bench
[ -x "$bench" ] || { echo "missing $bench: cmake --build $build --target gui_stall_bench" >&2; exit 1; }
[ -x /usr/sbin/smtp-sink ] || { echo "missing /usr/sbin/smtp-sink: apt-get install -y postfix && postfix stop" >&2; exit 1; }

work=$(mktemp -d /tmp/outreach-gui-stall-bench.XXXXXX)
sink=""
cleanup() { [ -n "$sink" ] && kill "$sink" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

listening() { ss -Hltn "sport = :$port" 2>/dev/null | grep -q .; }
if listening; then
  echo "port $port is busy; pass a free port" >&2
  exit 1
fi
user_opt=(); [ "$(id -u)" = 0 ] && user_opt=(-u nobody)
/usr/sbin/smtp-sink "${user_opt[@]}" -m 1024 "127.0.0.1:$port" 1024 & sink=$!
for _ in $(seq 50); do listening && break; sleep 0.1; done
listening || { echo "smtp-sink did not start on 127.0.0.1:$port" >&2; exit 1; }
echo "# smtp-sink 127.0.0.1:$port (pid $sink); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%F %T UTC')" >&2

# TestDatabase puts a fresh SQLite database in a temporary folder under TMPDIR.
TMPDIR=$work QT_QPA_PLATFORM=offscreen OUTREACH_TEST_BACKEND=sqlite \
  "$bench" --port "$port" --users "${USERS:-400}" --per-user "${PER_USER:-50}" \
  --log-records "${LOG_RECORDS:-100000}" --log-rate "${LOG_RATE:-10000}" \
  --switch-ms "${SWITCH_MS:-500}"
echo "# done; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%F %T UTC')" >&2
