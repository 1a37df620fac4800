#!/usr/bin/env bash
# Builds the two folders the deploy tests serve with python's http.server:
#   target/e2e/deploy/blog/  `carnet build --base-path /blog/` (prerendered pages)
#   target/e2e/listing/      the app alone with no post index (directory-listing mode)
#   target/e2e/spa/          the app and its post index, no prerendered pages (fault tests)
#   target/e2e/scale/        a generated blog of 10,000 posts with its index and shards,
#                            served over target/e2e/spa (tests/e2e/shards.spec.ts)
#   target/e2e/moved/        tests/fixtures/sites/moved, a Jekyll site moved over with
#                            `carnet import`, then `carnet build` (pages, files, redirects)
#   target/e2e/look/         tests/fixtures/look-site deployed from that app build (its own look)
set -euo pipefail
cd "$(dirname "$0")/.."
root=target/e2e
rm -rf "$root"
mkdir -p "$root/deploy"
cargo build --quiet -p carnet-cli
# As from a plain shell: `carnet build` finds the pinned tools without the Makefile's PATH.
env PATH=/usr/local/bin:/usr/bin:/bin target/debug/carnet build --out "$root/deploy/blog" --base-path /blog/
trunk build --release --dist "$root/listing" >/dev/null
cp -r "$root/listing" "$root/spa"
# The fault tests' host has the whole index only, as an older carnet wrote it:
# every page then reads posts/index.json, the file those tests fail on purpose.
rm -r "$root/spa/posts/index"
target/debug/carnet build tests/fixtures/look-site --from "$root/spa" --out "$root/look"
rm -r "$root/listing/posts/index.json" "$root/listing/posts/index"
target/debug/carnet import tests/fixtures/sites/moved "$root/moved-site" >/dev/null
target/debug/carnet build "$root/moved-site" --out "$root/moved" --from "$root/spa" --url http://127.0.0.1:8098 2>/dev/null
node bench/lib/generate.mjs 10000 "$root/scale" >/dev/null
target/debug/carnet index "$root/scale" >/dev/null 2>&1
