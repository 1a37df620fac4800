// The native core, timed on the generated blog:
//   node bench/lib/native.mjs --carnet BIN --blog DIR --runs N --out FILE [--criterion-since EPOCH_MS]
// - `carnet index DIR` (read, parse every post, render excerpts, write index.json);
// - `carnet dump DIR` (read, parse and render every post in full, print JSON):
//   parse + render throughput over the same posts, in MB of Markdown a second.
// With hyperfine on the PATH (Debian's package) it does the timing
// (`--warmup 1`, `--export-json`); otherwise each command runs N times here.
// With --criterion-since, the results of `cargo bench -p carnet-core --bench core` (criterion,
// target/criterion/**/new/{benchmark,estimates}.json written since then) are
// collected too.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function parseArgs(argv) {
  const args = { runs: 10, criterionSince: null };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (key === 'carnet') args.carnet = path.resolve(argv[++i]);
    else if (key === 'blog') args.blog = path.resolve(argv[++i]);
    else if (key === 'runs') args.runs = Number(argv[++i]);
    else if (key === 'out') args.out = path.resolve(argv[++i]);
    else if (key === 'criterion-since') args.criterionSince = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

const hasHyperfine = spawnSync('hyperfine', ['--version']).status === 0;

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return {
    mean,
    median: sorted[Math.floor(sorted.length / 2)],
    min: sorted[0],
    max: sorted[sorted.length - 1],
    stddev: Math.sqrt(times.reduce((a, t) => a + (t - mean) ** 2, 0) / Math.max(1, times.length - 1)),
    times,
  };
}

function time(name, command, runs) {
  if (hasHyperfine) {
    const json = path.join(ROOT, 'target', 'bench', `hyperfine-${name}.json`);
    const r = spawnSync('hyperfine', ['--warmup', '1', '--runs', String(runs), '--style', 'basic', '--export-json', json, command], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) throw new Error(`hyperfine failed on ${command}`);
    const result = JSON.parse(fs.readFileSync(json, 'utf8')).results[0];
    return { tool: 'hyperfine', command, ...stats(result.times), mean: result.mean, stddev: result.stddev };
  }
  const run = () => {
    const t = process.hrtime.bigint();
    const r = spawnSync('sh', ['-c', command], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`${command} failed`);
    return Number(process.hrtime.bigint() - t) / 1e9;
  };
  run(); // warm-up: file cache
  const times = Array.from({ length: runs }, run);
  console.log(`bench: ${command}: median ${(stats(times).median * 1000).toFixed(0)} ms over ${runs} runs`);
  return { tool: 'repeated runs (no hyperfine)', command, ...stats(times) };
}

function criterionResults(since) {
  const dir = path.join(ROOT, 'target', 'criterion');
  const found = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name === 'benchmark.json' && path.basename(d) === 'new' && fs.statSync(p).mtimeMs >= since) {
        const bench = JSON.parse(fs.readFileSync(p, 'utf8'));
        const est = JSON.parse(fs.readFileSync(path.join(d, 'estimates.json'), 'utf8'));
        found.push({
          id: bench.full_id,
          meanNs: est.mean.point_estimate,
          medianNs: est.median.point_estimate,
          lowNs: est.mean.confidence_interval.lower_bound,
          highNs: est.mean.confidence_interval.upper_bound,
        });
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return found.sort((a, b) => a.id.localeCompare(b.id));
}

function markdownBytes(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) {
      bytes += fs.statSync(path.join(dir, entry.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

const args = parseArgs(process.argv.slice(2));
const posts = markdownBytes(path.join(args.blog, 'posts'));
const tmp = path.join(ROOT, 'target', 'bench', 'native-index.json');
const q = (s) => `'${s.replace(/'/g, "'\\''")}'`;
const out = {
  blog: path.relative(ROOT, args.blog),
  posts: posts.files,
  markdownBytes: posts.bytes,
  index: time('index', `${q(args.carnet)} index ${q(args.blog)} --out ${q(tmp)}`, args.runs),
  dump: time('dump', `${q(args.carnet)} dump ${q(args.blog)} > /dev/null`, args.runs),
  criterion: args.criterionSince ? criterionResults(args.criterionSince) : null,
  // benches/core.rs's seed post, for a throughput next to criterion's times.
  seedPostBytes: fs.existsSync(path.join(ROOT, 'posts', '2017-02-01-a-mon-compte-plus-1-mois.md')) ? fs.statSync(path.join(ROOT, 'posts', '2017-02-01-a-mon-compte-plus-1-mois.md')).size : null,
};
fs.writeFileSync(args.out, JSON.stringify(out, null, 1));
console.log(`bench: native timings written to ${path.relative(ROOT, args.out)}`);
