#!/usr/bin/env bash
# Fails when the translation files are out of date: when lupdate, run over the console's
# sources with the build's options, would change translations/*.ts (a user-visible string was
# added, changed or removed without updating them), or when a German string is untranslated.
# With --update it rewrites the .ts files instead (then translate what it reports as new).
set -euo pipefail
cd "$(dirname "$0")/.."

bins=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
lupdate="$bins/lupdate"
[ -x "$lupdate" ] || { echo "lupdate not found in $bins (install qt6-l10n-tools)" >&2; exit 2; }
# Keep in step with LUPDATE_OPTIONS in ui/CMakeLists.txt.
options=(-locations none -no-obsolete)
ts_files=(translations/outreach_de.ts translations/outreach_en.ts)

if [ "${1:-}" = "--update" ]; then
  "$lupdate" "${options[@]}" ui -ts "${ts_files[@]}"
  exit 0
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
copies=()
for ts in "${ts_files[@]}"; do
  cp "$ts" "$scratch/"
  copies+=("$scratch/$(basename "$ts")")
done
"$lupdate" -silent "${options[@]}" ui -ts "${copies[@]}"

status=0
for ts in "${ts_files[@]}"; do
  if ! diff -u "$ts" "$scratch/$(basename "$ts")" >"$scratch/diff" 2>&1; then
    echo "$ts is out of date with the sources; run scripts/check-translations.sh --update" \
         "and translate the new strings:" >&2
    cat "$scratch/diff" >&2
    status=1
  fi
done
# English is the source language (its file only holds plural forms); German must be complete.
unfinished=$(grep -c 'type="unfinished"' translations/outreach_de.ts || true)
if [ "$unfinished" != "0" ]; then
  echo "translations/outreach_de.ts has $unfinished untranslated string(s):" >&2
  grep -B2 'type="unfinished"' translations/outreach_de.ts | grep '<source>' >&2 || true
  status=1
fi
exit $status
