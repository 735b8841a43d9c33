#!/usr/bin/env bash
# Takes the README's screenshots of every console page: builds the GUI test that tours the
# pages over a small agency workspace (the product's real jobs, run through the engine), runs
# it offscreen in English and in German, and writes docs/screenshots/<page>[-de].png.
# Look at the pictures before committing them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=${OUTREACH_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" --target tst_screenshots outreachctl

export OUTREACH_SCREENSHOT_DIR="$root/docs/screenshots"
export QT_QPA_PLATFORM=offscreen OUTREACH_TEST_BACKEND=sqlite OUTREACH_KEYCHAIN=off
mkdir -p "$OUTREACH_SCREENSHOT_DIR"
for lang in en de; do
  OUTREACH_SCREENSHOT_LANG=$lang "$build/tests/tst_screenshots" -silent
done
ls -1 "$OUTREACH_SCREENSHOT_DIR"
