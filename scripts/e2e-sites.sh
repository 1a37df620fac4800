#!/usr/bin/env bash
# Builds the two folders the deploy tests serve with python's http.server:
#   target/e2e/deploy/blog/  `carnet build --base-path /blog/` (prerendered pages)
#   target/e2e/listing/      the app alone with no post index (directory-listing mode)
set -euo pipefail
cd "$(dirname "$0")/.."
root=target/e2e
rm -rf "$root"
mkdir -p "$root/deploy"
cargo run --quiet --bin carnet -- build --out "$root/deploy/blog" --base-path /blog/
trunk build --release --dist "$root/listing" >/dev/null
rm "$root/listing/posts/index.json"
