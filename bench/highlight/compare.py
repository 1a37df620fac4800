#!/usr/bin/env python3
"""Share of characters whose class equals Rouge's.

usage: compare.py ROUGE.html CANDIDATE.html [--confusion]
Both files are Jekyll-style blocks; each character of the code takes the class of
the innermost <span class> around it ("" when none). Whitespace is left out of the
share (Rouge marks some whitespace `w`, most not; it is invisible either way).
Prints the share (percent) and, with --confusion, the commonest (rouge, candidate) misses.
"""
import sys, html.parser, collections

class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.chars, self.incode = [], [], False
    def handle_starttag(self, tag, attrs):
        if tag == "code": self.incode = True
        if tag == "span": self.stack.append(dict(attrs).get("class", ""))
    def handle_endtag(self, tag):
        if tag == "code": self.incode = False
        if tag == "span" and self.stack: self.stack.pop()
    def handle_data(self, d):
        if self.incode:
            c = self.stack[-1] if self.stack else ""
            self.chars.extend((ch, c) for ch in d)

def load(path):
    p = P(); p.feed(open(path, encoding="utf-8").read()); return p.chars

def main():
    a, b = load(sys.argv[1]), load(sys.argv[2])
    ta, tb = "".join(c for c, _ in a), "".join(c for c, _ in b)
    if ta.rstrip("\n") != tb.rstrip("\n"):
        # texts differ (an engine dropped or added characters): align on the common prefix
        n = next((i for i, (x, y) in enumerate(zip(ta, tb)) if x != y), min(len(ta), len(tb)))
        print(f"warning: texts differ at char {n} of {len(ta)}", file=sys.stderr)
    tot = same = 0
    miss = collections.Counter()
    for (ca, ka), (cb, kb) in zip(a, b):
        if ca.isspace(): continue
        tot += 1
        if ka == "w": ka = ""
        if kb == "w": kb = ""
        if ka == kb: same += 1
        else: miss[(ka, kb)] += 1
    print(f"{100.0 * same / max(tot, 1):.1f}")
    if "--confusion" in sys.argv:
        for (ka, kb), n in miss.most_common(25):
            print(f"  rouge={ka or '-':4} got={kb or '-':4} {n}", file=sys.stderr)

main()
