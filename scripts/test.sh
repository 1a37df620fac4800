#!/usr/bin/env bash
# Every test: formatting and lints, native tests, wasm tests in headless
# Chromium, the release build with its size report, a benchmark smoke run,
# and real-browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --all --check
# Every crate on the host (the app type-checks there too), then what runs in wasm.
cargo clippy --workspace --all-targets --quiet -- -D warnings
# The CLI is native only (it embeds QuickJS, a C library, to colour code).
cargo clippy --workspace --exclude carnet-cli --quiet --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p carnet-web --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings
# The app as Trunk builds it: without pulldown-cmark's entity table.
cargo clippy -p carnet-web --bin carnet-web --quiet --no-default-features --target wasm32-unknown-unknown -- -D warnings

step "native unit and integration tests"
cargo test --workspace --quiet

step "syntax highlighter (public/highlight.js) in Node: Rouge's classes, the page loader, contrast"
node --test tests/highlight/

step "wasm tests in headless Chromium"
# No --quiet here: cargo would pass it on to wasm-bindgen-test-runner, which refuses it.
cargo test -p carnet-web --target wasm32-unknown-unknown

step "release build and sizes"
scripts/size-report.sh

step "benchmark smoke run (keeps the harness working; numbers not checked)"
# Benchmarks are not tests: a broken harness is reported loudly, not failed.
if ! bench/run.sh --smoke >target/bench-smoke.log 2>&1; then
  tail -30 target/bench-smoke.log
  printf '\n\033[1;31mWARNING: the benchmark smoke run failed (target/bench-smoke.log)\033[0m\n'
fi

step "end-to-end tests in Chromium (Playwright)"
# The carnet CLI is built first so Trunk's post-build hook does not build it mid-serve.
cargo build --quiet -p carnet-cli
scripts/e2e-sites.sh
npx playwright test
