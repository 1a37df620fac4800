#!/usr/bin/env bash
# Regenerates vendor/highlight.js/ from the npm tarball of @highlightjs/cdn-assets.
#
#   scripts/vendor-highlight.sh            # the version pinned below
#   HLJS_VERSION=11.12.1 scripts/vendor-highlight.sh
#
# Needs npm (for `npm pack`, which downloads the tarball only: nothing is
# installed and package.json is not touched) and node (to rewrite the core).
# The build never runs this: the vendored files are committed, because the CLI
# embeds them with include_str! and the web build copies them as they are.
# After an update: run `node --test tests/highlight/` and
# `node tests/highlight/rouge-match.mjs`, and update CARNET.md (version, sizes).
set -euo pipefail

VERSION="${HLJS_VERSION:-11.12.0}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/vendor/highlight.js"

# The grammars of issue 13's languages (hljs names), plus those they embed
# as sub-languages (php-template: xml + php; xml: css + javascript). Keep in
# step with LEXERS and EMBEDS in public/highlight.js. carnet now lexes many
# of these languages itself (RULEFILE there): CARNET.md lists which grammars
# it still loads; the others are kept for the issue's list. graphql (in
# javascript) and mojolicious (in perl) are left out on purpose: highlight.js
# then leaves that text unhighlighted.
# The grammars public/highlight.js uses (the languages it maps from
# highlight.js, and what they embed); the other languages carnet lexes itself.
LANGUAGES=(
  c cpp csharp css go java javascript kotlin perl php php-template python ruby
  rust typescript xml
)

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

(cd "$TMP" && npm pack --silent "@highlightjs/cdn-assets@$VERSION" >/dev/null)
tar -xzf "$TMP"/highlightjs-cdn-assets-"$VERSION".tgz -C "$TMP"
PKG="$TMP/package"
got="$(node -p "require('$PKG/package.json').version")"
[ "$got" = "$VERSION" ] || { echo "vendor-highlight: tarball is $got, wanted $VERSION" >&2; exit 1; }

rm -rf "$DEST/languages" "$DEST/core.js"
mkdir -p "$DEST/languages"
cp "$PKG/LICENSE" "$DEST/LICENSE"

# es/core.min.js is an ES module ending in `export{te as default};`. carnet
# evaluates it as a classic script (a <script> element in the browser, QuickJS
# in the CLI), so that ending becomes `globalThis.hljs=te;` and the whole file
# is wrapped in a strict function, as module code is strict and its top-level
# names (e, t, ee, te...) must not leak into the one global scope the scripts
# share. Any other shape of the ending stops the script.
node - "$PKG/es/core.min.js" "$DEST/core.js" "$VERSION" <<'EOF'
const fs = require("fs");
const vm = require("vm");
const [src, dest, version] = process.argv.slice(2);
const text = fs.readFileSync(src, "utf8");
const END = /export\{([A-Za-z_$][\w$]*) as default\};\s*$/;
const m = END.exec(text);
if (!m) {
  console.error("vendor-highlight: es/core.min.js does not end with `export{NAME as default};`: the rewrite must be redone by hand");
  process.exit(1);
}
const body = text.slice(0, m.index);
if (/\b(import|export)\s*[{*]|\bimport\s*\(|\bimport\.meta\b/.test(body)) {
  console.error("vendor-highlight: es/core.min.js has another import/export: the rewrite must be redone by hand");
  process.exit(1);
}
const out =
  `/* highlight.js ${version} core (es/core.min.js of @highlightjs/cdn-assets), rewritten by\n` +
  `   carnet's scripts/vendor-highlight.sh into a classic script that sets globalThis.hljs. */\n` +
  `(()=>{"use strict";\n` + body + `globalThis.hljs=${m[1]};})();\n`;
// Check it: a classic script that defines hljs and nothing else.
const ctx = vm.createContext({});
vm.runInContext(out, ctx, { filename: "core.js" });
const names = vm.runInContext("Object.getOwnPropertyNames(globalThis)", ctx).filter((n) => !(n in globalThis));
if (typeof ctx.hljs?.highlight !== "function" || ctx.hljs.versionString !== version || names.join() !== "hljs") {
  console.error(`vendor-highlight: the rewritten core does not define exactly globalThis.hljs ${version} (got ${names})`);
  process.exit(1);
}
fs.writeFileSync(dest, out);
EOF

for l in "${LANGUAGES[@]}"; do
  f="$PKG/languages/$l.min.js"
  [ -f "$f" ] || { echo "vendor-highlight: no grammar $l in $VERSION" >&2; exit 1; }
  cp "$f" "$DEST/languages/$l.min.js"
done
echo "vendor/highlight.js: highlight.js $VERSION, core + ${#LANGUAGES[@]} grammars"
