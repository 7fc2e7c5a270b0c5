#!/usr/bin/env bash
# Rebuilds voices/lexicon/{chars,words,t2s,names}.txt from packaged data (see voices/lexicon/PROVENANCE.md).
# Needs root for apt-get; npm packages go to a temporary folder, never into the repository.
# model.txt is learnt separately: scripts/lexicon/learn_model.py (see its header).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
apt-get install -y -qq python3-jieba unicode-data >/dev/null
npm_dir=$(mktemp -d)
trap 'rm -rf "$npm_dir"' EXIT
(cd "$npm_dir" && npm init -y >/dev/null && npm install --silent @pinyin-pro/data@1.3.1 >/dev/null)
python3 "$here/convert.py" \
  --jieba /usr/lib/python3/dist-packages/jieba/dict.txt \
  --pinyin "$npm_dir/node_modules/@pinyin-pro/data/json" \
  --unihan /usr/share/unicode/Unihan_Readings.txt.bz2 \
  --out "$root/voices/lexicon"
python3 "$here/names.py" --jieba /usr/lib/python3/dist-packages/jieba/dict.txt \
  --out "$root/voices/lexicon/names.txt"
