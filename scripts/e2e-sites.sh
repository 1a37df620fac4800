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
#   target/e2e/sw/blog/      served by the offline spec, which copies into it one of
#                            sw-a/ (the deploy build), sw-b/ (one more post, from a copy of
#                            the app whose JS and wasm have other names: a new app) and
#                            sw-off/ (`offline: false`), all under /blog/
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
# Release: the index renders each of the 10,000 posts in full for its copy (a
# minute in a debug build, 15 s in release; `make test` has built it already).
cargo build --quiet --release -p carnet-cli
target/release/carnet index "$root/scale" >/dev/null 2>&1
# Two deploys in a row for the service worker, from the /blog/ app build `carnet build` made
# above (target/carnet-build) without running Trunk again.
cp -r "$root/deploy/blog" "$root/sw-a"
app=target/carnet-build
hash=$(ls "$app" | sed -n 's/^carnet-web-\([0-9a-f]*\)\.js$/\1/p')
renamed=$(echo "$hash" | rev)
cp -r "$app" "$root/sw-app-b"
mv "$root/sw-app-b/carnet-web-$hash.js" "$root/sw-app-b/carnet-web-$renamed.js"
mv "$root/sw-app-b/carnet-web-${hash}_bg.wasm" "$root/sw-app-b/carnet-web-${renamed}_bg.wasm"
# The app's names are in its shell and in the start script the post-build hook wrote.
sed -i "s/carnet-web-$hash/carnet-web-$renamed/g" "$root/sw-app-b/index.html" "$root/sw-app-b/carnet-start.js"
site="$root/sw-site"
mkdir -p "$site"
cp -r _config.yml posts pages _includes _data style "$site/"
cp tests/fixtures/offline/*.md "$site/posts/"
target/debug/carnet build "$site" --from "$root/sw-app-b" --base-path /blog/ --out "$root/sw-b" >/dev/null
printf '\noffline: false\n' >>"$site/_config.yml"
target/debug/carnet build "$site" --from "$app" --base-path /blog/ --out "$root/sw-off" >/dev/null
mkdir -p "$root/sw"
cp -r "$root/sw-a" "$root/sw/blog"
