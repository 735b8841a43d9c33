#!/usr/bin/env bash
# Fails when a C++ file differs from the repository's .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
bad=$(git ls-files -co --exclude-standard '*.cpp' '*.h' | while read -r f; do
  [ -f "$f" ] && ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1 && echo "$f"
done)
if [ -n "$bad" ]; then
  echo "clang-format differs on:" >&2
  echo "$bad" >&2
  exit 1
fi
