#!/usr/bin/env bash
# Release build (opt-level z, LTO, wasm-opt -Oz) and what a first visit downloads:
# raw, gzip -9 and brotli -q 11 sizes of the wasm, JS and CSS, in target/size-report.md.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/size-report.md
trunk build --release --dist target/dist-release >/dev/null
mkdir -p target
size() { stat -c %s "$1"; }
gz() { gzip -9 -c "$1" | wc -c; }
br() { node -e 'const z=require("zlib"),f=require("fs");const b=f.readFileSync(process.argv[1]);process.stdout.write(String(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))' "$1"; }
{
  echo "# carnet release build sizes ($(date -u +%F))"
  echo
  echo "| file | raw | gzip -9 | brotli -q 11 |"
  echo "|---|---:|---:|---:|"
  total_br=0
  for f in target/dist-release/*.wasm target/dist-release/*.js target/dist-release/*.css; do
    b=$(br "$f")
    name=$(basename "$f" | sed -E 's/-[0-9a-f]{16}//')
    # The indexer worker loads only for posts with Liquid or hosts without a post index, math.js
    # and Temml only for posts with math: not part of a first visit.
    case "$name" in
      carnet-indexer* | indexer-worker.js) name="$name (worker, on demand)" ;;
      math.js | temml.min.js) name="$name (posts with math only)" ;;
      highlight.js) name="$name (pages with code only)" ;;
      # Pages with a first-paint copy (the home page, articles) show before any wasm; the module
      # draws the others (tag pages, later home pages, posts newer than the index) first.
      carnet-first*) name="$name (first paint of pages without a copy)" ;;
      *) total_br=$((total_br + b)) ;;
    esac
    echo "| $name | $(size "$f") | $(gz "$f") | $b |"
  done
  echo
  echo "A first visit's wasm + JS + CSS, brotli: $total_br bytes (the app's, all after the first paint on pages with a copy)"
  echo
  # What a page with code adds: highlight.js above, then per language its
  # highlight.js grammar (if carnet uses one) and carnet's Rouge rules.
  core=$(br target/dist-release/highlight/core.js)
  echo "Pages with code also load highlight/core.js ($core bytes brotli) when a language needs highlight.js, and per language:"
  echo
  echo "| language files | brotli |"
  echo "|---|---:|"
  for f in target/dist-release/highlight/languages/*.js target/dist-release/rouge/*.js; do
    echo "| ${f#target/dist-release/} | $(br "$f") |"
  done
} > "$out"
cat "$out"
