// node node-driver.mjs html LANG FILE | time LANG FILE RUNS  (the set bundle's code, run in Node's V8)
import { readFileSync } from "node:fs";
import { highlight } from "./entry-set.mjs";
const [cmd, lang, file, runs] = process.argv.slice(2);
const code = readFileSync(file, "utf8");
if (cmd === "html") process.stdout.write(highlight(lang, code));
else {
  let t = performance.now(); let n = highlight(lang, code).length; const cold = performance.now() - t;
  const r = [];
  for (let i = 0; i < +runs; i++) { t = performance.now(); n += highlight(lang, code).length; r.push(performance.now() - t); }
  console.log(JSON.stringify({ cold_ms: cold, runs_ms: r, bytes: n }));
}
