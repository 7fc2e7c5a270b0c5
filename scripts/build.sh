#!/bin/sh
# Configures and builds tingbao in build/ (or the folder given).
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
shift 2>/dev/null || true
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build" -j "$jobs"
