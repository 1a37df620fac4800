#!/usr/bin/env bash
# Builds each Jekyll site fixture with real Jekyll 4.3 and writes the sorted
# list of every file it outputs to tests/fixtures/sites/NAME.jekyll-paths.txt,
# the paths a carnet deploy folder of the imported site is compared with.
#
#   compare/jekyll/paths.sh [NAME...]     (default: every tests/fixtures/sites/*/)
#
# Jekyll writes into a temporary folder (-d) with its disk cache off, so the
# fixture folders are left as they are (the script checks it). minima's own
# _config.yml is all comments: its plugins, which its layouts need, come from
# an overlay config, as a site using the theme would list them.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sites="$root/tests/fixtures/sites"
command -v jekyll >/dev/null || { echo "paths.sh: jekyll not found (apt-get install jekyll)" >&2; exit 2; }

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for d in "$sites"/*/; do names+=("$(basename "$d")"); done
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The plugins each site needs beyond its _config.yml, one overlay per site.
overlay() {
  case "$1" in
    minima) printf 'plugins: [jekyll-feed, jekyll-seo-tag]\n' ;;
    *) printf '{}\n' ;;
  esac
}

for name in "${names[@]}"; do
  src="$sites/$name"
  out="$tmp/$name"
  overlay "$name" > "$tmp/$name.overlay.yml"
  before="$(cd "$src" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum)"
  # The overlay lives outside the site; --source keeps Jekyll reading the fixture
  # whatever the working directory, --disable-disk-cache keeps .jekyll-cache out of it.
  (cd "$tmp" && jekyll build --quiet --disable-disk-cache \
    --source "$src" --destination "$out" \
    --config "$src/_config.yml,$tmp/$name.overlay.yml")
  after="$(cd "$src" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum)"
  [ "$before" = "$after" ] || { echo "paths.sh: Jekyll changed $src" >&2; exit 1; }
  (cd "$out" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) > "$sites/$name.jekyll-paths.txt"
  echo "paths.sh: $name: $(wc -l < "$sites/$name.jekyll-paths.txt") files -> tests/fixtures/sites/$name.jekyll-paths.txt"
done
