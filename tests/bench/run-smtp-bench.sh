#!/usr/bin/env bash
# SMTP dispatch benchmark (not a test): the outbox path, the SMTP client alone and the peers,
# all sending to one postfix smtp-sink on loopback, interleaved in the same run.
#
#   bash tests/bench/run-smtp-bench.sh [PORT]          (default port 2525)
#
# Cases:
#   outbox            outbox_bench: USERS x PER_USER queued emails (400 x 50 = 20,000), each user
#                     with their own sender account, through OutboxDelivery::deliverDue (lock,
#                     build the MIME message, send, mark sent, move the lead to contacted) on a
#                     SQLite database in WAL mode, seeded once beforehand (not timed)
#   extra-pool-1/-5   smtp_send_bench: the SMTP client alone (SmtpPool, 1 / 5 connections),
#                     through ../shared/peers/run-smtp-peers.sh's EXTRA_SENDER hook
#   nodemailer-pool-1/5/8/16, python-smtplib-1conn: the peers (see ../shared/peers/README.md)
# Each round runs every case once; REPS rounds (default 3); figures are medians over rounds.
# CPU seconds are the sender process's user+system time (/usr/bin/time), the same measure for
# every case; for the outbox it includes opening the database, and the timed section alone is
# shown too.
#
# Environment: BUILD_DIR (build), REPS (3), USERS (400), PER_USER (50), CONNECTIONS (8, the
#   outbox's connections to the server), PEERS_DIR (../shared/peers beside the repository),
#   PEER_CASES (the peer cases above).
# Needs: postfix's /usr/sbin/smtp-sink (apt-get install postfix; keep the daemon stopped:
#   postfix stop), nodejs + npm (the peers script installs nodemailer with npm ci into a cache),
#   python3, /usr/bin/time (Debian package time).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build}
port=${1:-2525}
reps=${REPS:-3}
users=${USERS:-400}
per_user=${PER_USER:-50}
connections=${CONNECTIONS:-8}
peers=${PEERS_DIR:-$root/../shared/peers}
peer_cases=${PEER_CASES:-nodemailer-pool-1 nodemailer-pool-5 nodemailer-pool-8 nodemailer-pool-16 python-smtplib-1conn extra-pool-1 extra-pool-5}
n=$((users * per_user))

outbox_bench=$build/tests/bench/outbox_bench
sender_bench=$build/tests/bench/smtp_send_bench
for f in "$outbox_bench" "$sender_bench"; do
  [ -x "$f" ] || { echo "missing $f: cmake --build $build --target outbox_bench smtp_send_bench" >&2; exit 1; }
done
[ -x /usr/sbin/smtp-sink ] || { echo "missing /usr/sbin/smtp-sink: apt-get install -y postfix && postfix stop" >&2; exit 1; }
[ -f "$peers/run-smtp-peers.sh" ] || { echo "missing $peers/run-smtp-peers.sh (set PEERS_DIR)" >&2; exit 1; }

work=$(mktemp -d /tmp/outreach-smtp-bench.XXXXXX)
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
echo "# smtp-sink -m 1024 127.0.0.1:$port 1024 (pid $sink); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

"$outbox_bench" --port "$port" --users "$users" --per-user "$per_user" \
  --db "sqlite:$work/seed.db" --seed-only 2>&1 | sed 's/^/# /' >&2

results=$work/results # lines: case msgs_per_s cpu_s [timed_cpu_s]
: >"$results"
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR) print a[int((NR + 1) / 2)]; else print 0 }'; }

for ((r = 1; r <= reps; r++)); do
  rm -f "$work"/run.db*
  cp "$work/seed.db" "$work/run.db"
  out=$( { /usr/bin/time -f 'TIME user=%U sys=%S' "$outbox_bench" --port "$port" --users "$users" \
           --per-user "$per_user" --connections "$connections" --db "sqlite:$work/run.db" --seeded; } 2>&1 ) || {
    echo "# outbox round $r FAILED: $(tail -3 <<<"$out" | tr '\n' ' ')" >&2; exit 1; }
  rate=$(sed -n 's/.*msgs_per_s=\([0-9.]*\).*/\1/p' <<<"$out")
  timed=$(sed -n 's/.* cpu_s=\([0-9.]*\).*/\1/p' <<<"$out")
  cpu=$(sed -n 's/^TIME user=\([0-9.]*\) sys=\([0-9.]*\).*/\1 \2/p' <<<"$out" | awk '{ printf "%.2f", $1 + $2 }')
  echo "# outbox round $r: $(grep msgs_per_s <<<"$out") process_cpu_s=$cpu" >&2
  echo "outbox $rate $cpu $timed" >>"$results"
  EXTRA_SENDER="$sender_bench" CASES="$peer_cases" REPS=1 SERVER_PID=$sink \
    bash "$peers/run-smtp-peers.sh" "$port" "$n" 2> >(grep -v 'summary' >&2) >>"$results" || {
    echo "# a peer case failed in round $r (see above)" >&2; }
done

echo
printf '%-22s %12s %10s %12s\n' case msgs_per_s cpu_s cpu_us/msg
cases=$(awk '{ print $1 }' "$results" | awk '!seen[$0]++')
declare -A rate_of cpu_of
for c in $cases; do
  rate_of[$c]=$(awk -v c="$c" '$1 == c { print $2 }' "$results" | median)
  cpu_of[$c]=$(awk -v c="$c" '$1 == c { print $3 }' "$results" | median)
  per=$(awk -v r="${rate_of[$c]}" -v cpu="${cpu_of[$c]}" -v n="$n" 'BEGIN { printf "%.0f", (r > 0 ? cpu * 1e6 / n : 0) }')
  printf '%-22s %12s %10s %12s\n' "$c" "${rate_of[$c]}" "${cpu_of[$c]}" "$per"
done
timed=$(awk '$1 == "outbox" { print $4 }' "$results" | median)
echo "(outbox: $n emails, $users users x $per_user, CPU of the timed section alone: ${timed} s)"

best=""; best_rate=0
for c in $cases; do
  case $c in nodemailer-pool-*)
    if awk -v a="${rate_of[$c]}" -v b="$best_rate" 'BEGIN { exit !(a > b) }'; then best=$c; best_rate=${rate_of[$c]}; fi ;;
  esac
done
echo
if [ -z "$best" ] || [ "${rate_of[outbox]:-0}" = 0 ]; then
  echo "no ratio: the outbox or every nodemailer case failed" >&2
  exit 1
fi
# Every case sends the same number of messages, so CPU seconds compare per message.
awk -v o="${rate_of[outbox]}" -v oc="${cpu_of[outbox]}" -v b="$best_rate" -v bc="${cpu_of[$best]}" \
    -v name="$best" 'BEGIN {
  printf "ratio outbox / %s (nodemailer best): throughput %.2fx, CPU per message %.2fx\n",
         name, o / b, oc / bc }'
awk -v o="${rate_of[outbox]}" -v b="$best_rate" 'BEGIN { printf "target (2x nodemailer best): %s\n", (o >= 2 * b ? "met" : "not met") }'
if [ "${rate_of[extra-pool-5]:-0}" != 0 ]; then
  awk -v e="${rate_of[extra-pool-5]}" -v ec="${cpu_of[extra-pool-5]}" -v b="$best_rate" -v bc="${cpu_of[$best]}" -v name="$best" 'BEGIN {
    printf "ratio SMTP client alone (extra-pool-5) / %s: throughput %.2fx, CPU per message %.2fx\n", name, e / b, ec / bc }'
fi
