#!/usr/bin/env bash
# Installs the Debian 12 packages Outreach Console needs, only those that are missing.
# usage: install-deps.sh console|test|bench
set -euo pipefail
profile=${1:-console}

build=(cmake ninja-build g++ pkg-config
       qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
       qt6-charts-dev libqt6opengl6-dev libgl-dev libqt6svg6 qt6-translations-l10n
       libqt6sql6-sqlite libqt6sql6-psql libspdlog-dev qtkeychain-qt6-dev)
tests=(postgresql python3 python3-aiosmtpd python3-croniter openssl dovecot-imapd
       xvfb xauth imagemagick clang-format)
bench=(postfix swaks time nodejs npm)

wanted=("${build[@]}")
case $profile in
  console) ;;
  test) wanted+=("${tests[@]}") ;;
  bench) wanted+=("${tests[@]}" "${bench[@]}") ;;
  *) echo "usage: $0 console|test|bench" >&2; exit 2 ;;
esac

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# postfix's package starts its daemon; only its smtp-sink tool is used, on a port of ours.
if printf '%s\n' "${missing[@]}" | grep -qx postfix; then
  "${sudo_cmd[@]}" postfix stop >/dev/null 2>&1 || true
fi
# Likewise dovecot-imapd: the tests run their own Dovecot (tests/support/DovecotServer).
if printf '%s\n' "${missing[@]}" | grep -qx dovecot-imapd; then
  "${sudo_cmd[@]}" doveadm stop >/dev/null 2>&1 || true
fi
