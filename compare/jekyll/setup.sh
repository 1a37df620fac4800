#!/usr/bin/env bash
# Installs Debian's Jekyll 4.3 and the few plugins that posts' tags need, when
# missing (idempotent: installed packages are skipped). Needs root for apt-get.
set -euo pipefail
packages=(jekyll ruby-kramdown-parser-gfm ruby-jekyll-gist ruby-jekyll-feed
  ruby-jekyll-seo-tag ruby-jekyll-redirect-from)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "compare/jekyll/setup.sh: installing ${missing[*]}" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
