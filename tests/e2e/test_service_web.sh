#!/usr/bin/env bash
# The web page at / in headless Chromium driven over WebDriver (Debian's chromium and
# chromium-driver): landmarks and labels as the accessibility tree reports them, keyboard-only
# navigation from the skip link to an issue and its audio player, and an article's audio
# loading through the daemon (HTTP Range). Usage: test_service_web.sh TINGBAO.
set -euo pipefail
TB_SERVICE_LIB_ONLY=1 source "$(dirname "$0")/test_service_api.sh" "$@"

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
if [[ ! -x $CHROMIUM || ! -x $CHROMEDRIVER ]]; then
  echo "SKIP: needs Debian's chromium and chromium-driver (scripts/install-deps.sh installs them)"
  exit 77
fi

mkdir -p "$WORK/inbox" "$WORK/library"
write_config 1
start_daemon

# An issue to show: rendered by the pipeline when it can, otherwise a hand-made library entry
# (the page only reads issue.json and the files).
if pipeline_renders; then
  id=$(upload "$SMALL")
  [[ $(wait_job "$id") == "done" ]] || fail "render for the page: $(job_field "$id" error)"
else
  dir=$WORK/library/测试报/2026-01-01
  mkdir -p "$dir/audio"
  sox -n -r 22050 -c 1 -b 16 "$dir/audio/01-test.wav" synth 1 sine 440 2>/dev/null ||
    fail "sox is needed to make a test tone"
  jq -n '{publication: "测试报", date: "2026-01-01", duration: 1,
          articles: [{id: "a01", headline: "测试标题", byline: "本报记者 王",
                      paragraphs: ["第一段。"], audio: {files: ["audio/01-test.wav"], duration: 1}}],
          files: [{path: "audio/01-test.wav", bytes: 0}]}' >"$dir/issue.json"
fi

# ---- WebDriver over curl --------------------------------------------------------------------
CD_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$CHROMEDRIVER" --port="$CD_PORT" --allowed-ips=127.0.0.1 >"$WORK/chromedriver.log" 2>&1 &
CD_PID=$!
WD=http://127.0.0.1:$CD_PORT
SESSION=
stop_browser() {
  [[ -n $SESSION ]] && curl -s --max-time 10 -X DELETE "$WD/session/$SESSION" >/dev/null || true
  kill "$CD_PID" 2>/dev/null || true
  wait "$CD_PID" 2>/dev/null || true
}
trap 'stop_browser; cleanup' EXIT
for _ in $(seq 200); do
  curl -s --max-time 2 "$WD/status" | jq -e .value.ready >/dev/null 2>&1 && break
  sleep 0.05
done

wd() { # wd METHOD PATH [JSON]: prints .value of the answer
  local answer
  answer=$(curl -s --max-time 60 -X "$1" -H 'Content-Type: application/json' \
    ${3:+--data-binary "$3"} "$WD/session${SESSION:+/$SESSION}$2")
  if jq -e '.value.error? // empty' <<<"$answer" >/dev/null 2>&1; then
    fail "WebDriver $1 $2: $(jq -r .value.message <<<"$answer" | head -1)"
  fi
  jq -c .value <<<"$answer"
}
js() { wd POST /execute/sync "$(jq -n --arg s "$1" '{script: $s, args: []}')"; }
js_async() { wd POST /execute/async "$(jq -n --arg s "$1" '{script: $s, args: []}')"; }
press() { # press KEY (WebDriver key code, e.g. \ue004 = Tab, \ue007 = Enter)
  wd POST /actions "$(jq -n --arg k "$1" '{actions: [{type: "key", id: "keyboard",
    actions: [{type: "keyDown", value: $k}, {type: "keyUp", value: $k}]}]}')" >/dev/null
}
element() { wd POST /element "$(jq -n --arg c "$1" '{using: "css selector", value: $c}')" | jq -r '.[]'; }
role_of() { wd GET "/element/$(element "$1")/computedrole" | jq -r .; }
label_of() { wd GET "/element/$(element "$1")/computedlabel" | jq -r .; }
focused() { js 'const e = document.activeElement; return e.id || e.className || e.tagName.toLowerCase() + ":" + (e.getAttribute("href") || "");' | jq -r .; }

ARGS='["--headless","--no-sandbox","--disable-gpu","--disable-quic","--no-first-run",
  "--disable-background-networking","--disable-component-update","--disable-sync",
  "--autoplay-policy=no-user-gesture-required","--user-data-dir='"$WORK/profile"'"]'
SESSION=$(curl -s --max-time 60 -X POST -H 'Content-Type: application/json' "$WD/session" --data-binary \
  "$(jq -n --arg bin "$CHROMIUM" --argjson args "$ARGS" \
    '{capabilities: {alwaysMatch: {browserName: "chrome",
       "goog:chromeOptions": {binary: $bin, args: $args}}}}')" | jq -r .value.sessionId)
[[ -n $SESSION && $SESSION != null ]] || fail "Chromium did not start: $(tail -5 "$WORK/chromedriver.log")"
wd POST /timeouts '{"script": 30000}' >/dev/null

# ---- the page: language, landmarks, headings, labels ----------------------------------------
wd POST /url "$(jq -n --arg u "$BASE/" '{url: $u}')" >/dev/null
for _ in $(seq 200); do
  [[ $(js 'return document.querySelectorAll("#issue-list a").length;') -ge 1 ]] && break
  sleep 0.05
done
[[ $(js 'return document.querySelectorAll("#issue-list a").length;') -ge 1 ]] || fail "no issue listed"
[[ $(js 'return document.documentElement.lang;') == '"zh-CN"' ]] || fail "page language"
[[ $(js 'return document.querySelectorAll("h1").length;') == 1 ]] || fail "one h1"
[[ $(role_of header) == banner ]] || fail "header is not a banner landmark"
[[ $(role_of nav) == navigation ]] || fail "nav is not a navigation landmark"
[[ $(role_of main) == main ]] || fail "no main landmark"
[[ $(role_of footer) == contentinfo ]] || fail "footer is not contentinfo"
[[ $(label_of '#upload-file') == 报纸文件* ]] || fail "the file input has no label"
[[ $(label_of '#upload-token') == 访问令牌 ]] || fail "the token input has no label"
unlabelled=$(js 'return [...document.querySelectorAll("input, button, select, textarea")]
  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute("aria-label") && !e.textContent.trim()).length;')
[[ $unlabelled == 0 ]] || fail "$unlabelled controls have no label"

# ---- keyboard only: skip link, then Tab to the issue, Enter opens it --------------------------
press $'\ue004'
[[ $(focused) == skip ]] || fail "the first Tab does not reach the skip link"
found=
for _ in $(seq 10); do
  press $'\ue004'
  if [[ $(focused) == a:#/issue/* ]]; then found=1; break; fi
done
[[ -n $found ]] || fail "Tab never reaches an issue link"
press $'\ue007'
for _ in $(seq 200); do
  [[ $(js 'return document.querySelectorAll("article audio").length;') -ge 1 ]] && break
  sleep 0.05
done
[[ $(focused) == issue-title ]] || fail "focus does not move to the issue's heading ($(focused))"
[[ $(js 'return document.querySelectorAll("article h4").length;') -ge 1 ]] || fail "no article headings"
[[ $(label_of 'article audio') == 朗读：* ]] || fail "the audio player has no label"
found=
for _ in $(seq 40); do
  press $'\ue004'
  if [[ $(focused) == audio:* ]]; then found=1; break; fi
done
[[ -n $found ]] || fail "Tab never reaches an audio player"

# ---- an article's audio loads through the daemon --------------------------------------------
result=$(js_async 'const done = arguments[arguments.length - 1];
  const a = document.querySelector("article audio");
  a.addEventListener("loadedmetadata", () => done({ok: true, duration: a.duration, src: a.currentSrc}));
  a.addEventListener("error", () => done({ok: false, error: a.error ? a.error.code : -1}), true);
  a.preload = "auto"; a.load();')
[[ $(jq -r .ok <<<"$result") == true ]] || fail "the audio did not load: $result"
jq -e '.duration > 0' <<<"$result" >/dev/null || fail "the audio has no duration: $result"
grep -q 'Range\|range' <<<"$(curl -s -I -H 'Range: bytes=0-1' "$(jq -r .src <<<"$result")")" ||
  fail "the audio is not served with Range"
echo "PASS: service web page ($(jq -r .src <<<"$result" | sed 's#.*/##'), $(jq -r .duration <<<"$result") s)"
