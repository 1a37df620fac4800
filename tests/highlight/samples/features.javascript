// Features the benchmark sample lacks: classes, templates, regexes, labels.
import { readFile } from "node:fs/promises";
export default class Blog extends Base {
  static #count = 0;
  constructor(name, { perPage = 10, drafts = false } = {}) {
    super(name);
    this.name = name;
    this.options = { perPage, drafts, "quoted-key": 'x\ty', nested: { a: [1, 2.5, 0xff] } };
  }
  get title() { return `${this.name} (${Blog.#count} posts)\n`; }
  async *posts() {
    for await (const p of this.load()) yield p;
  }
  slug(s) {
    return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  }
}
const re = /(\d{4})-(\d{2})-(?:\d{2})\.md$/i;
let total = 0, ratio = 1.5e3;
outer: for (let i = 0; i < 10; i++) {
  if (i % 2 === 0) continue outer;
  total += i ?? 0;
}
const f = async (a, b = null) => a?.b ?? b;
const obj = { key: true, other: undefined, fn() { return NaN; } };
switch (typeof obj) {
  case "object": console.log(obj instanceof Object, new Date().getFullYear()); break;
  default: throw new Error('bad');
}
document.querySelectorAll("pre code").forEach((el) => el.classList.add("x"));
window.setTimeout(() => {}, 100);
