#!/usr/bin/env bash
# size.sh FILE...: raw and brotli -q 11 bytes of each file, and the brotli total, as JSON.
set -euo pipefail
tot=0; sep=""; printf '{'
for f in "$@"; do
  raw=$(stat -c %s "$f"); br=$(brotli -q 11 -c "$f" | wc -c); tot=$((tot + br))
  printf '%s"%s":{"raw":%d,"br":%d}' "$sep" "$(basename "$f")" "$raw" "$br"; sep=","
done
printf ',"total_br":%d}\n' "$tot"
