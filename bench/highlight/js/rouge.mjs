// highlight.js output -> Jekyll/Rouge markup (the same emitter rules as common/rouge_html.rs).
const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const esc = (s) => s.replace(/[&<>]/g, (c) => ESC[c]);
const UNESC = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'" };
const unesc = (s) => s.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (m) => UNESC[m]);

const langOf = (t) => ({ ruby: "ruby", rb: "ruby", python: "python", py: "python", javascript: "js", js: "js",
  bash: "shell", sh: "shell", shell: "shell", console: "shell", zsh: "shell", yaml: "yaml", yml: "yaml" })[t] || "other";
const WORD = { ruby: "n", python: "n", other: "n", js: "nx", shell: "", yaml: "" };

function kw(l, t) {
  if (l === "js" && /^(var|let|const|function|class)$/.test(t)) return "kd";
  if (l === "js" && /^(true|false|null|undefined)$/.test(t)) return "kc";
  if (l === "python" && /^(import|from)$/.test(t)) return "kn";
  if (l === "python" && /^(and|or|not|in|is)$/.test(t)) return "ow";
  if (l === "ruby" && /^(private|protected|public|alias_method|attr_reader|include|true|false|nil)$/.test(t)) return "kp";
  return "k";
}

// hljs scope (class list without the hljs- prefix) + its whole text -> Rouge class; null = transparent
function map(scope, l, text, before) {
  const s = scope.split(" ");
  const has = (x) => s.includes(x);
  const head = s[0];
  if (head === "comment" || head === "doctag") return text.startsWith("/*") ? "cm" : l === "shell" ? "c" : "c1";
  if (head === "char" && has("escape_")) return "se";
  if (head === "regexp") return "sr";
  if (head === "symbol") return "ss";
  if (head === "string") {
    if (l === "python") return "s";
    if (text[0] === "'") return "s1";
    if (text[0] === '"') return "s2";
    if (l === "js" && text[0] === "`") return "sb";
    if (l === "ruby" && text[0] === "`") return "sx";
    return "s";
  }
  if (head === "subst") return "subst";
  if (head === "number") return l === "yaml" ? "m" : /^[0-9_]*\.[0-9]|e[0-9]/i.test(text) && !/^0x/i.test(text) ? "mf" : "mi";
  if (head === "literal") return { ruby: "kp", python: "bp", yaml: "no" }[l] || "kc";
  if (head === "keyword") return kw(l, text);
  if (head === "built_in") return "nb";
  if (head === "variable" && has("language_")) return { python: "bp", js: "k" }[l] || "nb";
  if (head === "variable" || head === "template-variable") {
    if (l === "shell") return "nv";
    if (l === "ruby") return text.startsWith("@@") ? "vc" : text.startsWith("@") ? "vi" : text.startsWith("$") ? "vg" : "";
    return "";
  }
  if (head === "title") {
    const def = /(class|module|def|function)\s*$/.test(before);
    if (has("class_")) return l === "ruby" && !def ? "no" : "nc";
    if (l === "js") return "nx";
    if (has("invoke__")) return l === "ruby" && /\.\s*$/.test(before) ? "nf" : "";
    return "nf";
  }
  if (head === "type") return l === "ruby" ? "no" : "nc";
  if (head === "attr" || head === "attribute") return l === "yaml" ? "na" : l === "js" ? "nx" : "na";
  if (head === "property") return l === "js" ? "nx" : "";
  if (head === "params") return null;
  if (head === "operator") return l === "yaml" ? "pi" : "o";
  if (head === "punctuation" || head === "bullet") return l === "yaml" ? "pi" : "p";
  if (head === "meta") return l === "python" ? "nd" : l === "shell" ? "c" : null;
  if (head === "tag" || head === "name" || head === "selector-tag") return "nt";
  return null;
}

function fallback(l, c) {
  if (/\s/.test(c)) return "";
  if (/[\p{L}\p{N}_]/u.test(c)) return WORD[l];
  if ("=+-*/<>!&|%^~?".includes(c)) return "o";
  if ("()[]{},.;:".includes(c)) return l === "yaml" ? "pi" : "p";
  return "";
}

export function toRouge(token, hljsHtml) {
  const l = langOf(token);
  // 1. hljs HTML -> text + span tree (start, end, scope)
  let text = "";
  const spans = [], stack = [];
  const re = /<span class="([^"]*)">|<\/span>|([^<]+)/g;
  let m;
  while ((m = re.exec(hljsHtml))) {
    if (m[1] !== undefined) stack.push({ start: text.length, scope: m[1].replace(/hljs-/g, "") });
    else if (m[2] !== undefined) text += unesc(m[2]);
    else { const sp = stack.pop(); sp.end = text.length; spans.push(sp); }
  }
  // 2. paint outer first (spans close inner-first, so reverse order = outer first)
  const cls = new Array(text.length).fill("");
  for (let i = spans.length - 1; i >= 0; i--) {
    const sp = spans[i];
    const k = map(sp.scope, l, text.slice(sp.start, sp.end), text.slice(Math.max(0, sp.start - 12), sp.start));
    if (k === null) continue;
    for (let j = sp.start; j < sp.end; j++) cls[j] = k;
    if (k === "subst") for (let j = sp.start; j < sp.end; j++) cls[j] = "#${}".includes(text[j]) ? "si" : "";
    if (l === "js" && (k === "s1" || k === "s2" || k === "sb") && sp.end - sp.start >= 2) { cls[sp.start] = "dl"; cls[sp.end - 1] = "dl"; }
  }
  // 3. emit, merging runs (the same rules as the Rust emitter)
  let out = `<div class="language-${esc(token)} highlighter-rouge"><div class="highlight"><pre class="highlight"><code>`;
  let cur = "", buf = "";
  const flush = () => { if (buf) out += cur ? `<span class="${cur}">${esc(buf)}</span>` : esc(buf); buf = ""; };
  for (let j = 0; j < text.length; j++) {
    const c = text[j];
    const k = c === "\n" ? "" : cls[j] || (/\s/.test(c) ? "" : fallback(l, c));
    if (k !== cur) { flush(); cur = k; }
    buf += c;
  }
  flush();
  return out + "</code></pre></div></div>";
}

export function makeHighlight(hljs) {
  return (token, code) => {
    const name = { sh: "bash", console: "shell", nasm: "x86asm", html: "xml", toml: "ini" }[token] || token;
    const html = hljs.getLanguage(name) ? hljs.highlight(code, { language: name, ignoreIllegals: true }).value : esc(code);
    return toRouge(token, html);
  };
}
