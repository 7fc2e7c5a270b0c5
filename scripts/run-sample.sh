#!/bin/sh
# The README's first command: install what tingbao needs, build it, and render the bundled
# sample issue (新东城报, 2026-03-10) into out/library.
set -eu
cd "$(dirname "$0")/.."
scripts/as-root.sh scripts/install-deps.sh
scripts/build.sh build
build/tingbao render tests/fixtures/xindongcheng-2026-03-10.txt --out out/library "$@"
