#!/bin/sh
# Installs exactly the Debian 12 packages tingbao's build and tests need. Idempotent; run as root.
set -eu
packages="
  build-essential cmake pkg-config clang-format
  libespeak-ng-dev espeak-ng-data
  liblouis-dev liblouis-data liblouis-bin
  portaudio19-dev libasound2-plugins pulseaudio pulseaudio-utils
  libsndfile1-dev libogg-dev libsoxr-dev libebur128-dev libsonic-dev libtagc0-dev
  libjansson-dev nettle-dev libxml2-dev libxml2-utils libinih-dev
  libsqlite3-dev libmicrohttpd-dev libcmark-dev
  libcmocka-dev sox ffmpeg espeak-ng python3
  curl jq chromium chromium-driver
"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -z "$missing" ]; then
  echo "install-deps: all packages present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages:$missing (run as root)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
