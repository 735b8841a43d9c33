#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 machine: installs what is missing, builds with
# -Werror, checks formatting and translations, starts a throw-away PostgreSQL, runs every test (storage tests on
# SQLite and on PostgreSQL), and stops the server again, also on failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/install-deps.sh test

build=${OUTREACH_BUILD_DIR:-build-test}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${OUTREACH_CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j"$(nproc)"

bash scripts/check-format.sh
case "${OUTREACH_CMAKE_ARGS:-}" in
  *OUTREACH_BUILD_GUI=OFF*) ;;
  *) bash scripts/check-translations.sh ;;
esac

. scripts/postgres.sh
trap pg_stop EXIT
pg_start

export QT_QPA_PLATFORM=offscreen
export OUTREACH_KEYCHAIN=off
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" ${OUTREACH_CTEST_ARGS:-}
