#!/usr/bin/env bash
# Issue 13: syntax highlighters measured against Rouge. Writes everything under out/ and
# prints the table (out/table.md) that REPORT.md quotes. Needs: Rust + wasm32 target,
# wasm-bindgen 0.2.130, binaryen's wasm-opt (WASM_OPT), clang (wasm32 C for tree-sitter),
# ruby + ruby-rouge (Rouge 3.30, as Jekyll uses), brotli, Node 20, /usr/bin/chromium, and the repo's
# `npm ci` at its root (playwright-core and binaryen's wasm-opt are taken from ../../node_modules).
#   bench/highlight/run.sh            # everything (about 40 min on 2 busy cores: arborium's C grammars dominate)
#   RUNS=30 bench/highlight/run.sh    # more timed runs (default 15)
set -euo pipefail
cd "$(dirname "$0")"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
export RUNS=${RUNS:-15}
N="nice -n 10"
S=(rb:ruby py:python js:javascript sh:bash yaml:yaml)
mkdir -p out/rouge out/native out/match

echo "== Rouge $(ruby -e 'require "rouge"; print Rouge.version') reference"
for s in "${S[@]}"; do ruby rouge.rb "${s#*:}" "samples/sample.${s%%:*}" > "out/rouge/${s#*:}.html"; done

echo "== native builds"
$N cargo build --profile native -p syntect-hl --bin syntect-bench --features dump
$N cargo build --profile native -p arborium-hl --bin arborium-bench
BIN=$CARGO_TARGET_DIR/native
"$BIN/syntect-bench" dump-ruby syntect-hl/ruby.packdump
"$BIN/syntect-bench" langs > out/native/syntect-langs.tsv
for c in syntect arborium; do
  mkdir -p "out/$c"
  for s in "${S[@]}"; do "$BIN/$c-bench" html "${s#*:}" "samples/sample.${s%%:*}" > "out/$c/${s#*:}.html"; done
  for s in rb:ruby py:python; do "$BIN/$c-bench" time "${s#*:}" "samples/sample.${s%%:*}" "$RUNS" > "out/native/$c-${s#*:}.json"; done
done

echo "== wasm builds"
./wasm.sh syntect-hl syntect-all wasm,all
./wasm.sh syntect-hl syntect-ruby wasm,ruby-only
./wasm.sh syntect-hl syntect-twoface wasm,twoface
./wasm.sh arborium-hl arborium-ruby wasm,ruby
./wasm.sh arborium-hl arborium-sample wasm,sample
./wasm.sh arborium-hl arborium-set wasm,set

echo "== highlight.js"
(cd js && npm ci --no-audit --no-fund && node gen-entries.mjs)
mkdir -p out/js out/hljs
for e in set ruby; do
  js/node_modules/.bin/esbuild js/entry-$e.mjs --bundle --minify --format=iife --target=es2020 --outfile=out/js/hljs-$e.min.js --log-level=warning
  ./size.sh out/js/hljs-$e.min.js > out/js/size-$e.json
done
for s in "${S[@]}"; do node js/node-driver.mjs html "${s#*:}" "samples/sample.${s%%:*}" > "out/hljs/${s#*:}.html"; done
for s in rb:ruby py:python; do node js/node-driver.mjs time "${s#*:}" "samples/sample.${s%%:*}" "$RUNS" > "out/native/hljs-${s#*:}.json"; done

echo "== headless Chromium"
node browser.mjs syntect-all=wasm:out/wasm/syntect-all/hl.js syntect-ruby=wasm:out/wasm/syntect-ruby/hl.js \
  syntect-twoface=wasm:out/wasm/syntect-twoface/hl.js arborium-ruby=wasm:out/wasm/arborium-ruby/hl.js \
  arborium-set=wasm:out/wasm/arborium-set/hl.js arborium-sample=wasm:out/wasm/arborium-sample/hl.js hljs-set=js:out/js/hljs-set.min.js hljs-ruby=js:out/js/hljs-ruby.min.js \
  | tee out/browser.jsonl

echo "== Rouge match"
for c in syntect arborium hljs; do
  for s in "${S[@]}"; do printf '%s\t%s\t%s\n' "$c" "${s#*:}" "$(python3 compare.py "out/rouge/${s#*:}.html" "out/$c/${s#*:}.html")"; done
done | tee out/match/all.tsv

node langs.mjs syntect-all=wasm:out/wasm/syntect-all/hl.js syntect-twoface=wasm:out/wasm/syntect-twoface/hl.js \
  arborium-set=wasm:out/wasm/arborium-set/hl.js hljs-set=js:out/js/hljs-set.min.js | tee out/langs.tsv

python3 report.py | tee out/table.md
