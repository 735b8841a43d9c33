# Throw-away PostgreSQL cluster for the tests: temp folder, free loopback port, stopped by
# pg_stop (the test command calls it from an EXIT trap, so also on failure).
# Source this file; pg_start exports OUTREACH_TEST_PG_URL.
pg_bin=/usr/lib/postgresql/15/bin
pg_dir=""

pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  pg_dir=$(mktemp -d /tmp/outreach-pg.XXXXXX)
  chmod 755 "$pg_dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pg_dir"
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  pg_as_owner "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log" >&2; return 1; }
  pg_as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$pg_dir/server.log" >&2; return 1; }
  export OUTREACH_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
  echo "PostgreSQL test server on 127.0.0.1:$port ($pg_dir)"
}

pg_stop() {
  [ -n "$pg_dir" ] || return 0
  pg_as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
  pg_dir=""
}
