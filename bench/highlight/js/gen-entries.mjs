// Writes entry-set.mjs (highlight.js core + the languages) and entry-ruby.mjs.
import { writeFileSync } from "node:fs";
const SET = "bash shell c cpp csharp css scss diff dockerfile elixir erlang go haskell xml ini java javascript json julia kotlin lua makefile markdown nginx perl php python r ruby rust scala sql swift typescript vim yaml x86asm".split(" ");
const entry = (langs) => ['import hljs from "highlight.js/lib/core";', 'import { makeHighlight } from "./rouge.mjs";',
  ...langs.map((l, i) => `import l${i} from "highlight.js/lib/languages/${l}"; hljs.registerLanguage(${JSON.stringify(l)}, l${i});`),
  "export const highlight = makeHighlight(hljs);", "globalThis.hl = { highlight };", ""].join("\n");
writeFileSync(new URL("entry-set.mjs", import.meta.url), entry(SET));
writeFileSync(new URL("entry-ruby.mjs", import.meta.url), entry(["ruby"]));
