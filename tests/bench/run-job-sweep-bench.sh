#!/usr/bin/env bash
# Job sweep benchmark (not a test, issue 5): every job once over a generated agency, on SQLite
# and on a throw-away PostgreSQL, at growing table sizes, through the engine's per-user runner
# as `outreachctl jobs run` uses it (pacing 0, frozen manual clock). Prints Markdown: per size
# and backend the hot queries' plans, then per job seconds, ms and SQL statements per user,
# overall and per lead tier (see job_sweep_bench.cpp).
#
#   bash tests/bench/run-job-sweep-bench.sh
#
# Environment: BUILD_DIR (build-sweep), BACKENDS ("sqlite postgres"),
#   SIZES (space-separated USERS:LEADS:TIERS; default a tenth and the full size:
#   "1000:100000:10000x1,1000x10 10000:1000000:100000x1,10000x10,1000x100"; TIERS are
#   LEADSxUSERS groups, the remaining leads are spread over the remaining users),
#   PG_ACTIVE (empty: every user; N: on PostgreSQL only the first N users stay active, every
#   tier's users first, the others paused, which each run records as skipped; for a machine
#   too slow or too loaded to sweep 10,000 users on PostgreSQL seven times in the time at hand),
#   JOBS (comma-separated, default all seven in the order lead generation, outreach, scheduled
#   campaigns, follow-ups, sending, report, reply checker).
# Mail goes to postfix's smtp-sink on a free loopback port (at most 12 emails per user: the
# users' daily quota); MAIL=files writes .eml files instead (mail.dry-run-dir; one fsync each).
# Needs: the job_sweep_bench target built; PostgreSQL 15 (scripts/postgres.sh); /usr/sbin/smtp-sink
#   (apt-get install postfix; keep the daemon stopped).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build-sweep}
backends=${BACKENDS:-sqlite postgres}
sizes=${SIZES:-1000:100000:10000x1,1000x10 10000:1000000:100000x1,10000x10,1000x100}
bench=$build/tests/bench/job_sweep_bench
[ -x "$bench" ] || { echo "build the job_sweep_bench target first ($bench)" >&2; exit 2; }

export QT_QPA_PLATFORM=offscreen OUTREACH_KEYCHAIN=off
work=$(mktemp -d /tmp/job-sweep.XXXXXX)
sink=""
cleanup() {
  [ -n "$sink" ] && kill "$sink" 2>/dev/null
  [ "${pg_started:-0}" = 1 ] && pg_stop
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mail_opt=()
if [ "${MAIL:-sink}" != files ]; then
  [ -x /usr/sbin/smtp-sink ] || { echo "missing /usr/sbin/smtp-sink (apt-get install postfix)" >&2; exit 1; }
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  user_opt=(); [ "$(id -u)" = 0 ] && user_opt=(-u nobody)
  /usr/sbin/smtp-sink "${user_opt[@]}" -m 1024 "127.0.0.1:$port" 1024 & sink=$!
  for _ in $(seq 50); do ss -Hltn "sport = :$port" 2>/dev/null | grep -q . && break; sleep 0.1; done
  mail_opt=(--smtp-port "$port")
fi

case " $backends " in
  *" postgres "*)
    . "$root/scripts/postgres.sh"
    pg_start >&2
    pg_started=1
    ;;
esac

echo "Job sweep, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average at start:" \
  "$(cut -d' ' -f1-3 /proc/loadavg), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo
n=0
for size in $sizes; do
  IFS=: read -r users leads tiers <<<"$size"
  for backend in $backends; do
    n=$((n + 1))
    if [ "$backend" = sqlite ]; then
      db="sqlite:$work/sweep$n.db"
    else
      psql -q -v ON_ERROR_STOP=1 "$OUTREACH_TEST_PG_URL" -c "CREATE DATABASE sweep$n" >/dev/null
      db="${OUTREACH_TEST_PG_URL%/*}/sweep$n"
    fi
    start=$(date +%s)
    active_opt=()
    if [ "$backend" = postgres ] && [ -n "${PG_ACTIVE:-}" ] && [ "$users" -gt "$PG_ACTIVE" ]; then
      active_opt=(--active "$PG_ACTIVE")
    fi
    "$bench" --db "$db" --users "$users" --leads "$leads" --tiers "$tiers" \
      --label "$users users" "${mail_opt[@]}" "${active_opt[@]}" ${JOBS:+--jobs "$JOBS"} \
      || echo "(job_sweep_bench exited with $?: some users failed, see above)"
    echo "(whole case, seeding included: $(( $(date +%s) - start )) s; load average now" \
      "$(cut -d' ' -f1-3 /proc/loadavg))"
    echo
    if [ "$backend" = sqlite ]; then
      rm -f "$work/sweep$n.db"*
    else
      psql -q "$OUTREACH_TEST_PG_URL" -c "DROP DATABASE sweep$n" >/dev/null
    fi
  done
done
