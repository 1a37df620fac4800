#!/usr/bin/env bash
# Every test: formatting and lints, native tests, wasm tests in headless
# Chromium, the release build with its size report, a benchmark smoke run,
# and real-browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings
# The app as Trunk builds it: without pulldown-cmark's entity table.
cargo clippy --bin carnet-web --quiet --no-default-features --target wasm32-unknown-unknown -- -D warnings

step "native unit and integration tests"
cargo test --quiet

step "wasm tests in headless Chromium"
# No --quiet here: cargo would pass it on to wasm-bindgen-test-runner, which refuses it.
cargo test --target wasm32-unknown-unknown

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
cargo build --quiet --bin carnet
scripts/e2e-sites.sh
npx playwright test
