#!/usr/bin/env bash
# Builds each blog fixture with Jekyll 4.3 and with `carnet dump`, compares
# them post by post (compare.mjs) and writes compare/jekyll/REPORT.md.
#
#   compare/jekyll/run.sh [--bless] [--report FILE] [--known FILE] [BLOG_DIR...]
#
# BLOG_DIR defaults to every folder under tests/fixtures/blogs/. A blog is a
# Jekyll site folder (_config.yml, _posts/, _includes/, _data/). Its theme,
# plugins and layouts are dropped before Jekyll builds it (gems cannot be
# installed here, and the comparison is of post bodies, before any layout).
# --bless also copies what Jekyll made to BLOG_DIR.jekyll.json, which
# crates/carnet-cli/tests/jekyll_compare.rs compares carnet with; --known
# writes a draft KNOWN-DIFFERENCES.md (every post that differs, with a guessed
# cause) for that test.
#
# Exits 0 whatever the differences (it is a measurement); non-zero only when
# the harness itself fails (Jekyll missing, a blog Jekyll cannot build).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bless=0
report="$here/REPORT.md"
known=()
blogs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --bless) bless=1 ;;
    --report) report="$2"; shift ;;
    --known) known=(--known "$2"); shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) blogs+=("$(cd "$1" && pwd)") ;;
  esac
  shift
done
if [ ${#blogs[@]} -eq 0 ]; then
  for d in "$root"/tests/fixtures/blogs/*/; do blogs+=("${d%/}"); done
fi

command -v jekyll >/dev/null || { echo "run.sh: jekyll not found: run make jekyll-compare (or apt-get install jekyll ruby-kramdown-parser-gfm)" >&2; exit 2; }
command -v node >/dev/null || { echo "run.sh: node not found" >&2; exit 2; }

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
(cd "$root" && cargo build --quiet --release -p carnet-cli)
carnet="$CARGO_TARGET_DIR/release/carnet"

work="$(mktemp -d)"
# CARNET_COMPARE_KEEP=1 keeps the work folder (the sites as built, logs) to look into.
if [ -z "${CARNET_COMPARE_KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; else echo "run.sh: work folder $work" >&2; fi
# Every Jekyll build runs at the same clock and zone as carnet's dump.
export TZ=UTC JEKYLL_ENV=production

failed=0
pairs=()
for blog in "${blogs[@]}"; do
  name="$(basename "$blog")"
  site="$work/$name/site"
  mkdir -p "$work/$name"
  cp -r "$blog" "$site"
  rm -rf "$site/_layouts" "$site/_plugins" "$site/_site" "$site/.jekyll-cache" \
    "$site/Gemfile" "$site/Gemfile.lock"
  ruby "$here/sanitize_config.rb" "$site/_config.yml"
  stubs="$work/$name/stubs"
  echo "== $name: jekyll" >&2
  # A post may include a file the blog's theme gem provides, link to a page or
  # (in a sample) a post the fixture does not have: each gets an empty
  # stand-in, listed in the report, and the build is tried again.
  ok=0
  for _try in $(seq 1 30); do
    if CARNET_JEKYLL_DUMP="$work/$name/jekyll.json" jekyll build --quiet --trace \
      --source "$site" --destination "$work/$name/_site" \
      --plugins "$here/plugins" --disable-disk-cache \
      >"$work/$name/jekyll.log" 2>&1; then
      ok=1; break
    fi
    log="$work/$name/jekyll.log"
    if missing="$(grep -o -m1 "Could not locate the included file '[^']*'" "$log")"; then
      missing="$(sed "s/.*file '//; s/'$//" <<<"$missing")"
      mkdir -p "$site/_includes/$(dirname "$missing")"
      : >"$site/_includes/$missing"
      echo "include $missing" >>"$stubs"
    elif missing="$(grep -o -m1 "Could not find document '[^']*' in tag 'link'" "$log")"; then
      missing="$(sed "s/^Could not find document '//; s/' in tag.*//" <<<"$missing")"
      mkdir -p "$site/$(dirname "$missing")"
      printf -- '---\n---\n' >"$site/$missing"
      echo "link $missing" >>"$stubs"
    elif missing="$(grep -o -m1 "Could not find post \"[^\"]*\" in tag 'post_url'" "$log")"; then
      # A post the sample left out: a stand-in the comparison then ignores.
      missing="$(sed 's/^Could not find post "//; s/" in tag.*//' <<<"$missing")"
      mkdir -p "$site/_posts/$(dirname "$missing")"
      printf -- '---\n---\n' >"$site/_posts/$missing.md"
      echo "post _posts/$missing.md" >>"$stubs"
    else
      break
    fi
  done
  if [ "$ok" = 0 ]; then
    echo "run.sh: Jekyll could not build $name:" >&2
    grep -v -P '^\s+from ' "$work/$name/jekyll.log" | tail -5 >&2
    failed=1
    continue
  fi
  echo "== $name: carnet dump" >&2
  "$carnet" dump "$blog" >"$work/$name/carnet.json" 2>"$work/$name/carnet.log" || {
    echo "run.sh: carnet dump failed on $name:" >&2; tail -5 "$work/$name/carnet.log" >&2; failed=1; continue; }
  if [ "$bless" = 1 ]; then
    cp "$work/$name/jekyll.json" "$blog.jekyll.json"
  fi
  pairs+=("$name=$blog=$work/$name")
done

node "$here/compare.mjs" --report "$report" "${known[@]}" "${pairs[@]}"
exit "$failed"
