#!/usr/bin/env bash
# wasm.sh PACKAGE NAME FEATURES: release wasm32 build -> wasm-bindgen (web) -> wasm-opt -Oz
# -> out/wasm/NAME/{hl_bg.wasm,hl.js} and out/wasm/NAME/size.json (raw and brotli -q 11 bytes).
set -euo pipefail
cd "$(dirname "$0")"
PKG=$1 NAME=$2 FEATURES=$3
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
WASM_OPT=${WASM_OPT:-$PWD/../../node_modules/.bin/wasm-opt}  # the repo's binaryen 132
nice -n 10 cargo build --release --target wasm32-unknown-unknown -p "$PKG" --lib --no-default-features --features "$FEATURES"
D=out/wasm/$NAME; rm -rf "$D"; mkdir -p "$D"
wasm-bindgen --target web --no-typescript --out-name hl --out-dir "$D" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/${PKG//-/_}.wasm"
"$WASM_OPT" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue "$D/hl_bg.wasm" -o "$D/hl_bg.wasm"
./size.sh "$D/hl_bg.wasm" "$D/hl.js" | tee "$D/size.json"
