#!/usr/bin/env python3
"""Reads out/ and prints the markdown table REPORT.md quotes."""
import json, os, statistics, filecmp

O = "out"
def j(p):
    try: return json.load(open(os.path.join(O, p)))
    except Exception: return None
def kb(n): return f"{n/1024:.0f} KB" if n else "–"
def med(p):
    d = j(p)
    return (statistics.median(d["runs_ms"]), d["cold_ms"]) if d else (None, None)
browser = {}
if os.path.exists(f"{O}/browser.jsonl"):
    for line in open(f"{O}/browser.jsonl"):
        if line.startswith("{"): d = json.loads(line); browser[d["name"]] = d
match = {}
if os.path.exists(f"{O}/match/all.tsv"):
    for line in open(f"{O}/match/all.tsv"):
        c, l, v = line.split("\t"); match[(c, l)] = v.strip()
LANGS = ["ruby", "python", "javascript", "bash", "yaml"]
def same(c, bname):
    ok = [filecmp.cmp(f"{O}/{c}/{l}.html", f"{O}/browser/{bname}/{l}.html", shallow=False)
          for l in LANGS if os.path.exists(f"{O}/browser/{bname}/{l}.html") and os.path.exists(f"{O}/{c}/{l}.html")]
    return "–" if not ok else ("yes" if all(ok) else f"no ({ok.count(False)}/{len(ok)} differ)")
def b(name, lang):
    d = browser.get(name, {}).get(lang)
    return f"{d['median_ms']:.1f} (cold {d['cold_ms']:.0f})" if d and d.get("median_ms") is not None else "–"
def n(c, lang):
    m, cold = med(f"native/{c}-{lang}.json")
    return f"{m:.1f} (cold {cold:.0f})" if m is not None else "–"
def size(p):
    d = j(p); return kb(d["total_br"]) if d else "–"

rows = [
    ("syntect (default syntaxes, fancy-regex)", "syntect", "syntect-all", "syntect-ruby", "wasm/syntect-all/size.json", "wasm/syntect-ruby/size.json"),
    ("syntect + two-face extra syntaxes", None, "syntect-twoface", None, "wasm/syntect-twoface/size.json", None),
    ("arborium (tree-sitter)", "arborium", "arborium-set", "arborium-ruby", "wasm/arborium-set/size.json", "wasm/arborium-ruby/size.json"),
    ("arborium, the 5 sample languages only", None, "arborium-sample", None, "wasm/arborium-sample/size.json", None),
    ("highlight.js (JS)", "hljs", "hljs-set", "hljs-ruby", "js/size-set.json", "js/size-ruby.json"),
]
print("| candidate | brotli: set | brotli: ruby only | native ms ruby / python (500 lines) | browser ms ruby / python (set build) | browser ms ruby (ruby-only build) | Rouge match % rb / py / js / sh / yaml | native = browser |")
print("|---|---|---|---|---|---|---|---|")
for title, c, bset, bruby, sset, sruby in rows:
    if bset == "arborium-set" and bset not in browser: bset = "arborium-sample"  # the set build did not finish
    nat = f"{n(c, 'ruby')} / {n(c, 'python')}" if c else "(as above)"
    br = f"{b(bset, 'ruby')} / {b(bset, 'python')}"
    mt = " / ".join(match.get((c, l), "–") for l in LANGS) if c else "–"
    nb = same(c, bset) if c else (same("arborium", bset) if bset == "arborium-sample" else "–")
    print(f"| {title} | {size(sset)} | {size(sruby) if sruby else '–'} | {nat} | {br} | {b(bruby, 'ruby') if bruby else '–'} | {mt} | {nb} |")
