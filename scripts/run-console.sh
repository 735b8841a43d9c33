#!/usr/bin/env bash
# Builds Outreach Console and starts it on the embedded SQLite database in the user's data
# folder (created and migrated on first start). Extra arguments go to the console (e.g. --demo).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/install-deps.sh console
build=${OUTREACH_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOUTREACH_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target outreach-console outreachctl
exec "$build/app/outreach-console" "$@"
