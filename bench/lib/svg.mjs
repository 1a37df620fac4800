// Plain SVG bar charts for the report: horizontal bars with labels, optional
// stacked segments and p10–p90 whiskers. No dependencies; system fonts.

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const COLORS = {
  spa: '#d9480f',
  deploy: '#1c7ed6',
  static: '#2f9e44',
  docsify: '#7048e8',
  marked: '#7048e8',
  carnet: '#d9480f',
  wasm: '#d9480f',
  JS: '#f59f00',
  CSS: '#1c7ed6',
  HTML: '#2f9e44',
  posts: '#868e96',
  index: '#7048e8',
  other: '#ced4da',
  jsHeap: '#f59f00',
  wasmMemory: '#d9480f',
};

function niceMax(v) {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/**
 * groups: [{ name, bars: [{ label, value, lo, hi, color, segments: [{ value, color, name }], text }] }]
 * A bar with value null is drawn as a note (`text`, e.g. "failed").
 */
export function barChart({ title, subtitle = '', unit = '', groups, legend = [], width = 760, format = (v) => v.toFixed(0) }) {
  const labelW = 170;
  const right = 150;
  const barH = 16;
  const gap = 6;
  const groupGap = 14;
  const plotW = width - labelW - right;
  const max = niceMax(
    Math.max(
      ...groups.flatMap((g) => g.bars.flatMap((b) => [b.value ?? 0, b.hi ?? 0, (b.segments ?? []).reduce((a, s) => a + s.value, 0)])),
    ),
  );
  const x = (v) => labelW + (v / max) * plotW;
  let y = 44 + (subtitle ? 16 : 0) + (legend.length ? 22 : 0);
  const parts = [];
  for (const g of groups) {
    if (g.name) {
      parts.push(`<text x="8" y="${y + 11}" class="group">${esc(g.name)}</text>`);
      y += 18;
    }
    for (const b of g.bars) {
      parts.push(`<text x="${labelW - 8}" y="${y + barH - 4}" text-anchor="end">${esc(b.label)}</text>`);
      if (b.value == null && !b.segments) {
        parts.push(`<text x="${labelW + 4}" y="${y + barH - 4}" class="note">${esc(b.text ?? 'n/a')}</text>`);
      } else if (b.segments) {
        let at = 0;
        for (const s of b.segments) {
          if (s.value <= 0) continue;
          parts.push(`<rect x="${x(at).toFixed(1)}" y="${y}" width="${Math.max(0.5, x(at + s.value) - x(at)).toFixed(1)}" height="${barH}" fill="${s.color}"><title>${esc(s.name)}: ${esc(format(s.value))} ${esc(unit)}</title></rect>`);
          at += s.value;
        }
        parts.push(`<text x="${(x(at) + 6).toFixed(1)}" y="${y + barH - 4}">${esc(b.text ?? `${format(at)} ${unit}`)}</text>`);
      } else {
        parts.push(`<rect x="${labelW}" y="${y}" width="${Math.max(0.5, x(b.value) - labelW).toFixed(1)}" height="${barH}" fill="${b.color ?? '#495057'}"/>`);
        let end = x(b.value);
        if (b.lo != null && b.hi != null) {
          const [l, h] = [x(b.lo), x(b.hi)];
          const m = y + barH / 2;
          parts.push(`<path d="M${l.toFixed(1)} ${m}H${h.toFixed(1)}M${l.toFixed(1)} ${m - 4}V${m + 4}M${h.toFixed(1)} ${m - 4}V${m + 4}" class="whisker"/>`);
          end = Math.max(end, h);
        }
        parts.push(`<text x="${(end + 6).toFixed(1)}" y="${y + barH - 4}">${esc(b.text ?? `${format(b.value)} ${unit}`)}</text>`);
      }
      y += barH + gap;
    }
    y += groupGap;
  }
  const axisY = y - groupGap + 4;
  const rough = max / 5;
  const p10 = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * p10).find((v) => v >= rough);
  const ticks = [];
  for (let t = 0; t <= max + step / 1000; t += step) ticks.push(t);
  const axis = ticks
    .map((t) => `<line x1="${x(t).toFixed(1)}" y1="${40 + (subtitle ? 16 : 0) + (legend.length ? 22 : 0)}" x2="${x(t).toFixed(1)}" y2="${axisY}" class="grid"/><text x="${x(t).toFixed(1)}" y="${axisY + 14}" text-anchor="middle" class="tick">${esc(format(t))}</text>`)
    .join('');
  let lx = labelW;
  const legendParts = legend.map((l) => {
    const part = `<rect x="${lx}" y="${36 + (subtitle ? 16 : 0)}" width="11" height="11" fill="${l.color}"/><text x="${lx + 15}" y="${46 + (subtitle ? 16 : 0)}">${esc(l.name)}</text>`;
    lx += 30 + l.name.length * 7;
    return part;
  });
  const height = axisY + 34;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">
<style>text{fill:#212529}.group{font-weight:600}.note{fill:#c92a2a;font-style:italic}.tick{fill:#868e96;font-size:10px}.grid{stroke:#e9ecef}.whisker{stroke:#212529;stroke-width:1.2;fill:none}.title{font-size:15px;font-weight:600}.sub{fill:#495057}</style>
<rect width="100%" height="100%" fill="#fff"/>
<text x="8" y="20" class="title">${esc(title)}</text>
${subtitle ? `<text x="8" y="38" class="sub">${esc(subtitle)}</text>` : ''}
${legendParts.join('\n')}
${axis}
${parts.join('\n')}
<text x="${width - 8}" y="${axisY + 28}" text-anchor="end" class="tick">${esc(unit)}</text>
</svg>
`;
}
