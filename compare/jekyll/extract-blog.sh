#!/usr/bin/env bash
# Makes a blog fixture folder from a Jekyll site in a git repository:
# _config.yml, the posts (text files under any _posts/, the newest MAX when
# there are more), _includes/ and _data/ (text files only).
#
#   compare/jekyll/extract-blog.sh GIT_DIR SITE_SUBDIR OUT_DIR [MAX]
#
# SITE_SUBDIR is the site's folder in the repository ("." for the root).
set -euo pipefail
git_dir="$1"; sub="${2%/}"; out="$3"; max="${4:-60}"
[ "$sub" = "." ] && prefix="" || prefix="$sub/"
mkdir -p "$out"
files="$(git --git-dir="$git_dir" ls-tree -r --name-only HEAD -- "${prefix:-.}")"
posts="$(grep -E "^${prefix}(.*/)?_posts/.*\.(md|markdown|mkd|mkdn|mdown|html)$" <<<"$files" \
  | awk -F/ '{print $NF "\t" $0}' | sort -r | head -n "$max" | cut -f2 || true)"
others="$(grep -E "^${prefix}(_config\.yml|_includes/.*|_data/.*)$" <<<"$files" || true)"
while IFS= read -r f; do
  [ -n "$f" ] || continue
  rel="${f#"$prefix"}"
  blob="$(git --git-dir="$git_dir" show "HEAD:$f")" || continue
  # Text only: no images or other binaries.
  if git --git-dir="$git_dir" show "HEAD:$f" | grep -qP '\x00'; then continue; fi
  mkdir -p "$out/$(dirname "$rel")"
  git --git-dir="$git_dir" show "HEAD:$f" >"$out/$rel"
done <<<"$posts
$others"
echo "$(git --git-dir="$git_dir" rev-parse HEAD) $(find "$out" -path '*_posts/*' -type f | wc -l) posts" >&2
