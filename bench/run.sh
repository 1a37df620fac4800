#!/usr/bin/env bash
# carnet's benchmarks (issue 7): carnet (SPA and deploy build) against Docsify
# and the static-HTML limit, in Debian's Chromium, plus scale, Markdown
# rendering and the native core. Writes bench/REPORT.md, bench/charts/*.svg
# and bench/results.json.
#
#   bench/run.sh            the full run: 30 runs a measurement on the sample
#                           blog, 15 on the blogs of 100, 1,000 and 10,000 posts
#                           and the Markdown renderers, criterion; first visits
#                           also on the mobile profile, 10 runs on the sample
#                           blog and 5 on each generated blog
#   bench/run.sh --smoke    2 runs (1 on mobile, 100-post blog), the 100-post blog only, no
#                           criterion; writes to target/bench/smoke/ so the
#                           committed report stays
#   bench/run.sh --runs=N   N runs (2N on the sample blog; a third of each on mobile)
#   bench/run.sh --only=code  only the code-highlighting measurement (section 5c,
#                           15 runs, 2 with --smoke): builds the sample blog's
#                           SPA and deploy folder, measures, puts the result into
#                           the report's results.json and renders REPORT.md
#                           again from it (the other sections keep their numbers)
#
# Builds everything it needs under target/bench/ and serves it on 127.0.0.1,
# ports 8101–8115 (its own servers, stopped by pid when done). Benchmarks are
# not tests: budgets that do not hold are reported, not failed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

mode=full
runs=15
# The sample blog's comparisons are quick and the budgets hang on them: twice the runs.
main_runs=30
# Mobile first visits (Lighthouse's throttling) are slow (a 10,000-post index is
# about 8 s at 1.6 Mbit/s): a third of the runs, interleaved with the desktop ones.
mobile_runs=5
mobile_main_runs=10
sizes="100 1000 10000"
out=bench
only=""
for arg in "$@"; do
  case "$arg" in
    --smoke) mode=smoke; runs=2; main_runs=2; mobile_runs=1; mobile_main_runs=0; sizes="100"; out=target/bench/smoke ;;
    --runs=*) runs="${arg#--runs=}"; main_runs=$((2 * runs)); mobile_runs=$(( runs >= 3 ? runs / 3 : 1 )); mobile_main_runs=$(( main_runs >= 3 ? main_runs / 3 : 1 )) ;;
    --only=code) only=code ;;
    *) echo "usage: bench/run.sh [--smoke] [--runs=N] [--only=code]" >&2; exit 2 ;;
  esac
done

T=target/bench
# This mode's raw measurements (a smoke run must not overwrite the full run's).
raw="$T/raw-$mode"
mkdir -p "$T" "$out" "$raw"
started=$(date +%s)
started_ms=$(date +%s%3N)
step() { printf '\n\033[1mbench:\033[0m %s (%ss)\n' "$*" "$(( $(date +%s) - started ))"; }

step "tools"
scripts/setup.sh
# Docsify and marked, pinned in bench/package-lock.json (their install scripts only ask for donations).
if ! cmp -s bench/package-lock.json bench/node_modules/.carnet-installed-lock 2>/dev/null; then
  (cd bench && npm ci --ignore-scripts --no-audit --no-fund)
  cp bench/package-lock.json bench/node_modules/.carnet-installed-lock
fi
if ! command -v hyperfine >/dev/null && [ "$mode" = full ] && [ "$(id -u)" = 0 ]; then
  # Optional: without it the native timings are repeated runs timed by node.
  (DEBIAN_FRONTEND=noninteractive apt-get install -y -q hyperfine >/dev/null 2>&1 ||
    { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q hyperfine >/dev/null 2>&1; }) ||
    echo "bench: hyperfine not installed; timing native commands with repeated runs"
fi

step "building carnet (native, release) and the app (trunk build --release)"
cargo build --quiet --release -p carnet-cli
carnet=target/release/carnet
# Every .wasm of a build starts with the wasm magic number (\0asm). Trunk writes
# wasm-opt's output under the shared target/wasm-opt/ before copying it: a
# trunk build run at the same moment from this checkout (tests) can leave a
# file half written (zeros), which the browser then refuses.
wasm_ok() { local f; for f in "$1"/*.wasm; do [ "$(head -c 4 "$f" | od -An -tx1 | tr -d ' \n')" = 0061736d ] || return 1; done; }
for attempt in 1 2 3; do
  rm -rf "$T/spa"
  if ! trunk build --release --dist "$T/spa" >"$T/trunk.log" 2>&1; then
    cat "$T/trunk.log"
    exit 1
  fi
  wasm_ok "$T/spa" && break
  echo "bench: trunk build $attempt wrote a broken .wasm (another build at the same time?); building again"
  [ "$attempt" = 3 ] && { echo "bench: no intact build after 3 attempts" >&2; exit 1; }
done
# Trunk's wasm-bindgen output, before wasm-opt (with names), for twiggy's breakdown.
rm -f "$T/app-before-wasm-opt.wasm"
cp target/wasm-bindgen/release/carnet-web_bg.wasm "$T/app-before-wasm-opt.wasm" 2>/dev/null || true
# The SPA contender: the app and its post index, no prerendered pages.
"$carnet" index . --out "$T/spa/posts/index.json"
# The deploy contender: `carnet build` from that same app build.
rm -rf "$T/deploy"
"$carnet" build . --from "$T/spa" --out "$T/deploy"

if [ "$only" = code ]; then
  step "code highlighting ($runs runs)"
  node bench/lib/measure.mjs --only code --runs "$runs" --out "$raw/code.json"
  # Into the last report's numbers (this mode's, else the committed ones), then the report again from them.
  from="$out/results.json"
  [ -f "$from" ] || from=bench/results.json
  node -e '
const fs = require("fs");
const [from, code, to] = process.argv.slice(1);
const saved = JSON.parse(fs.readFileSync(from, "utf8"));
saved.browser = { ...(saved.browser ?? {}), code: JSON.parse(fs.readFileSync(code, "utf8")).code };
fs.writeFileSync(to, JSON.stringify(saved));
' "$from" "$raw/code.json" "$T/results-with-code.json"
  node bench/lib/report.mjs --from "$T/results-with-code.json" --out "$out"
  echo "bench: done in $(( $(date +%s) - started )) s: $out/REPORT.md (section 5c measured again)"
  exit 0
fi
node bench/lib/sites.mjs static "$T/deploy" "$T/static"
node bench/lib/sites.mjs docsify "$T/spa/posts/index.json" posts "$T/docsify" --copy-posts

step "generating the scale blogs: $sizes posts"
for n in $sizes; do
  node bench/lib/generate.mjs "$n" "$T/scale-$n"
  "$carnet" index "$T/scale-$n" 2>/dev/null
  rm -rf "$T/scale-$n-deploy"
  "$carnet" build "$T/scale-$n" --from "$T/spa" --out "$T/scale-$n-deploy"
  node bench/lib/sites.mjs static "$T/scale-$n-deploy" "$T/scale-$n-static"
  node bench/lib/sites.mjs docsify "$T/scale-$n/posts/index.json" "$T/scale-$n/posts" "$T/scale-$n-docsify"
done

step "browser measurements ($main_runs runs on the sample blog, $runs on the others; $mobile_main_runs and $mobile_runs of them also on mobile)"
node bench/lib/measure.mjs --runs "$runs" --main-runs "$main_runs" --mobile-runs "$mobile_runs" --mobile-main-runs "$mobile_main_runs" --sizes "$(echo $sizes | tr ' ' ',')" --out "$raw/browser.json"

largest=$(echo $sizes | tr ' ' '\n' | sort -n | tail -1)
criterion_since=""
if [ "$mode" = full ]; then
  step "cargo bench -p carnet-core --bench core (criterion)"
  cargo bench --quiet -p carnet-core --bench core >"$T/criterion.log" 2>&1 || { tail -20 "$T/criterion.log"; echo "bench: cargo bench failed"; }
  criterion_since="--criterion-since $started_ms"
fi

step "native core on the $largest-post blog"
# shellcheck disable=SC2086
node bench/lib/native.mjs --carnet "$carnet" --blog "$T/scale-$largest" --runs "$runs" --out "$raw/native.json" $criterion_since

step "where the wasm bytes go (twiggy)"
if [ -f "$T/app-before-wasm-opt.wasm" ]; then
  node bench/lib/wasm-fat.mjs "$T/app-before-wasm-opt.wasm" "$raw/wasm-fat.json"
else
  echo '{"available":false}' >"$raw/wasm-fat.json"
fi

if [ "$mode" = full ]; then
  step "the stack's floor: a throwaway app with the same crates (bench/floor)"
  floor="$T/floor"
  rm -rf "$floor" && mkdir -p "$floor"
  if CARGO_TARGET_DIR=target/bench-floor cargo build --quiet --release --target wasm32-unknown-unknown --manifest-path bench/floor/Cargo.toml &&
    wasm-bindgen --target web --no-typescript --out-dir "$floor" target/bench-floor/wasm32-unknown-unknown/release/carnet-bench-floor.wasm &&
    wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int -o "$floor/opt.wasm" "$floor/carnet-bench-floor_bg.wasm"; then
    node -e '
const fs = require("fs"), zlib = require("zlib");
const [dir, file] = process.argv.slice(1);
const br = (f) => zlib.brotliCompressSync(fs.readFileSync(f), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const fat = JSON.parse(fs.readFileSync(file, "utf8"));
fat.floor = { wasm: br(dir + "/opt.wasm"), js: br(dir + "/carnet-bench-floor.js") };
fs.writeFileSync(file, JSON.stringify(fat, null, 1));
' "$floor" "$raw/wasm-fat.json"
  else
    echo "bench: the floor app did not build; the report leaves it out"
  fi
fi

step "report"
node -e '
const fs = require("fs");
const [file, mode, started] = process.argv.slice(1);
fs.writeFileSync(file, JSON.stringify({ mode, date: new Date(Number(started) * 1000).toISOString(), seconds: Date.now() / 1000 - Number(started) }));
' "$raw/meta.json" "$mode" "$started"
node bench/lib/report.mjs --browser "$raw/browser.json" --native "$raw/native.json" --meta "$raw/meta.json" --fat "$raw/wasm-fat.json" --out "$out"
echo "bench: done in $(( $(date +%s) - started )) s: $out/REPORT.md"
