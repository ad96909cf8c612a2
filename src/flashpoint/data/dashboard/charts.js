// flashpoint dashboard charts: inline SVG built node by node. Text from the data only ever goes
// into textContent (never into markup), so nothing in an article can run as code.

const NS = "http://www.w3.org/2000/svg";
export const COLOURS = ["#2563eb", "#ea580c"];

export function svgEl(name, attrs = {}, text = null) {
  const el = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  }
  if (text !== null) el.textContent = String(text);
  return el;
}

export function titled(el, text) {
  el.appendChild(svgEl("title", {}, text));
  return el;
}

export function frame(width, height, cls) {
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, width, height, class: cls, role: "img" });
  svg.appendChild(svgEl("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }));
  return svg;
}

export function empty(svg, width, height, text) {
  svg.appendChild(svgEl("text", { x: width / 2, y: height / 2, "text-anchor": "middle", fill: "#6b7280" }, text));
  return svg;
}

export function goldsteinColour(g) {
  if (g === null || g === undefined) return "#9ca3af";
  const t = Math.max(-1, Math.min(1, g / 5));
  const grey = [156, 163, 175];
  const end = t < 0 ? [220, 38, 38] : [37, 99, 235];
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * Math.abs(t)));
  return "#" + c.map((v) => v.toString(16).padStart(2, "0")).join("");
}

export function fmt(x, digits = 2) {
  return x === null || x === undefined ? "–" : Number(x).toFixed(digits);
}

// Timeline of a pair, both directions together. measure "counts": events per period stacked by
// QuadClass (verbal/material cooperation, verbal/material conflict); "goldstein": the sum of the
// Goldstein weights; "cci": the conflict-cooperation index. Periods without events are gaps (no
// bar, a break in the line). Alerts are marked above their period; a period is clicked to drill down.
export const QUAD_COLOURS = { 1: "#93c5fd", 2: "#2563eb", 3: "#fca5a5", 4: "#dc2626" };
const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const MEASURES = {
  counts: { label: "events (count)", value: null },
  goldstein: { label: "Goldstein sum (−10 … +10 per event)", value: (t) => t.goldstein_sum },
  cci: { label: "CCI: (cooperation − conflict) / all (−1 … +1)", value: (t) => t.cci },
};

function periodTotals(tl) {
  const byPeriod = new Map();
  for (const r of tl.rows) {
    const t = byPeriod.get(r.period) || { period: r.period, events: 0, q: { 1: 0, 2: 0, 3: 0, 4: 0 }, goldstein_sum: 0, coop: 0, conf: 0 };
    t.events += r.events;
    for (const q of [1, 2, 3, 4]) t.q[q] += r[`quad${q}`];
    t.goldstein_sum += r.goldstein_sum;
    t.coop += r.cooperation;
    t.conf += r.conflict;
    byPeriod.set(r.period, t);
  }
  const out = [...byPeriod.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
  for (const t of out) {
    t.goldstein_sum = Math.round(t.goldstein_sum * 100) / 100;
    t.cci = t.coop + t.conf ? (t.coop - t.conf) / (t.coop + t.conf) : null;
  }
  return out;
}

function ticks(lo, hi) {
  const span = hi - lo || 1;
  const raw = span / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => span / s <= 5) || 10 * mag;
  const out = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v * 1000) / 1000);
  if (!out.includes(0) && lo <= 0 && hi >= 0) out.push(0);
  return out;
}

export function timelineChart(tl, { measure = "counts", alerts = [], names = {}, onPeriod = () => {} } = {},
  width = 860, height = 340) {
  const svg = frame(width, height, "fp-timeline");
  svg.dataset.measure = measure;
  const totals = periodTotals(tl);
  if (!totals.length) return empty(svg, width, height, "no events between these actors in this range");
  const left = 56, right = 12, top = 34, bottom = 30;
  const pw = width - left - right, ph = height - top - bottom;
  const bw = pw / totals.length;
  const index = new Map(totals.map((t, i) => [t.period, i]));
  const xc = (p) => left + (index.get(p) + 0.5) * bw;
  const m = MEASURES[measure] || MEASURES.counts;
  let lo, hi;
  if (measure === "counts") { lo = 0; hi = Math.max(1, ...totals.map((t) => t.events)); }
  else if (measure === "cci") { lo = -1; hi = 1; }
  else {
    const vals = totals.filter((t) => t.events).map(m.value);
    lo = Math.min(0, ...vals); hi = Math.max(0, ...vals);
    if (lo === hi) hi = lo + 1;
  }
  const y = (v) => top + ((hi - v) / (hi - lo)) * ph;
  const axis = svgEl("g", { class: "axis" });
  for (const t of ticks(lo, hi)) {
    axis.appendChild(svgEl("line", { x1: left, x2: left + pw, y1: y(t), y2: y(t), stroke: t === 0 ? "#6b7280" : "#e5e7eb",
      "stroke-width": t === 0 ? 1.2 : 1, class: t === 0 ? "zero" : null }));
    axis.appendChild(svgEl("text", { x: left - 6, y: y(t) + 4, "text-anchor": "end", fill: "#6b7280", "font-size": 11 }, t));
  }
  axis.appendChild(svgEl("text", { x: left, y: 12, fill: "#374151", "font-size": 11, class: "unit" }, m.label));
  svg.appendChild(axis);
  const plot = svgEl("g", { class: "periods" });
  const pts = [];
  for (const t of totals) {
    const g = svgEl("g", { class: "period", "data-period": t.period, "data-events": t.events, tabindex: 0 });
    g.appendChild(svgEl("rect", { x: left + index.get(t.period) * bw, y: top, width: bw, height: ph, fill: "transparent", class: "hit" }));
    if (measure === "counts") {
      let base = 0;
      for (const q of [1, 2, 3, 4]) {
        if (!t.q[q]) continue;
        g.appendChild(svgEl("rect", { x: left + index.get(t.period) * bw + bw * 0.12, y: y(base + t.q[q]), width: Math.max(bw * 0.76, 0.6),
          height: y(base) - y(base + t.q[q]), fill: QUAD_COLOURS[q], class: `bar q${q}` }));
        base += t.q[q];
      }
    } else if (t.events) {
      pts.push(t);
      g.appendChild(svgEl("circle", { class: "point", cx: xc(t.period), cy: y(m.value(t)), r: 3.5, fill: "#111827" }));
    }
    titled(g, `${t.period}: ${t.events} events (${t.q[1]} verbal coop., ${t.q[2]} material coop., ${t.q[3]} verbal conflict, ` +
      `${t.q[4]} material conflict), Goldstein sum ${fmt(t.goldstein_sum)}, CCI ${fmt(t.cci)}`);
    g.addEventListener("click", () => onPeriod(t.period));
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onPeriod(t.period); });
    plot.appendChild(g);
  }
  svg.appendChild(plot);
  if (measure !== "counts") { // a line per run of periods with events: an empty period is a gap
    let run = [];
    const flush = () => {
      if (run.length > 1) svg.appendChild(svgEl("polyline", { class: "line", fill: "none", stroke: "#111827", "stroke-width": 1.4,
        points: run.map((t) => `${xc(t.period).toFixed(1)},${y(m.value(t)).toFixed(1)}`).join(" ") }));
      run = [];
    };
    for (const t of totals) { if (t.events) run.push(t); else flush(); }
    flush();
  }
  for (const al of alerts) {
    if (!index.has(al.period)) continue;
    const x = xc(al.period);
    const mark = svgEl("g", { class: "alert-mark", "data-period": al.period });
    mark.appendChild(svgEl("path", { d: `M${x - 6},${top - 12} L${x + 6},${top - 12} L${x},${top - 2} z`, fill: "#b91c1c" }));
    mark.appendChild(svgEl("line", { x1: x, x2: x, y1: top, y2: top + ph, stroke: "#b91c1c", "stroke-dasharray": "3 3", opacity: 0.6 }));
    titled(mark, `alert: ${al.conflict} conflict events in ${al.period} (z = ${al.z})`);
    mark.addEventListener("click", () => onPeriod(al.period));
    svg.appendChild(mark);
  }
  if (measure === "counts") {
    let lx = left + pw - 4 * 140;
    for (const q of [1, 2, 3, 4]) {
      svg.appendChild(svgEl("rect", { x: lx, y: 4, width: 10, height: 10, fill: QUAD_COLOURS[q] }));
      svg.appendChild(svgEl("text", { x: lx + 14, y: 13, fill: "#111827", "font-size": 11 }, QUAD_NAMES[q]));
      lx += 140;
    }
  }
  const step = Math.max(1, Math.ceil(totals.length / 10));
  for (let i = 0; i < totals.length; i += step) {
    const p = totals[i].period;
    const label = tl.freq === "month" || tl.freq === "quarter" ? p.slice(0, 7) : tl.freq === "year" ? p.slice(0, 4) : p;
    svg.appendChild(svgEl("text", { x: xc(p), y: height - bottom + 18, "text-anchor": "middle", fill: "#6b7280", "font-size": 11 }, label));
  }
  return svg;
}

// Network: nodes placed by the server's layout (x, y in 0..1), directed curved edges.
export function networkChart(net, onNode, width = 520, height = 420) {
  const svg = frame(width, height, "fp-network");
  if (!net.nodes.length) return empty(svg, width, height, "no events in this range");
  const pad = 36;
  const defs = svgEl("defs");
  for (const [name, colour] of [["conflict", "#dc2626"], ["neutral", "#9ca3af"], ["coop", "#2563eb"]]) {
    const m = svgEl("marker", { id: `arrow-${name}`, viewBox: "0 0 8 8", refX: 7, refY: 4, markerWidth: 8, markerHeight: 8,
      markerUnits: "userSpaceOnUse", orient: "auto" });
    m.appendChild(svgEl("path", { d: "M0,0 L8,4 L0,8 z", fill: colour }));
    defs.appendChild(m);
  }
  svg.appendChild(defs);
  const names = new Map(net.nodes.map((n) => [n.id, n.name || n.id]));
  const label = (id) => (names.get(id) && names.get(id) !== id ? `${names.get(id)} (${id})` : id);
  const maxE = Math.max(1, ...net.nodes.map((n) => n.events));
  const pos = new Map(net.nodes.map((n) => [n.id, [pad + n.x * (width - 2 * pad), pad + n.y * (height - 2 * pad)]]));
  const rad = new Map(net.nodes.map((n) => [n.id, 4 + 14 * Math.sqrt(n.events / maxE)]));
  const maxW = Math.max(1, ...net.edges.map((e) => e.events));
  const edges = svgEl("g", { class: "edges" });
  for (const e of net.edges) {
    const colour = goldsteinColour(e.goldstein_mean);
    const w = 1 + (4 * Math.log1p(e.events)) / Math.log1p(maxW);
    const tip = `${label(e.source)} → ${label(e.target)}: ${e.events} events (${e.cooperation} cooperation, ${e.conflict} conflict), ` +
      `mean Goldstein ${fmt(e.goldstein_mean)}`;
    const [sx, sy] = pos.get(e.source);
    if (e.source === e.target) {
      edges.appendChild(titled(svgEl("circle", { cx: sx, cy: sy - rad.get(e.source) - 6, r: 7, fill: "none", stroke: colour,
        "stroke-width": w, class: "edge self" }), tip));
      continue;
    }
    const [tx, ty] = pos.get(e.target);
    const d = Math.hypot(tx - sx, ty - sy) || 1;
    const ux = (tx - sx) / d, uy = (ty - sy) / d;
    const ex = tx - ux * (rad.get(e.target) + 3), ey = ty - uy * (rad.get(e.target) + 3);
    const cx = (sx + ex) / 2 - uy * d * 0.12, cy = (sy + ey) / 2 + ux * d * 0.12;
    const kind = e.goldstein_mean === null || Math.abs(e.goldstein_mean) < 0.5 ? "neutral" : e.goldstein_mean < 0 ? "conflict" : "coop";
    edges.appendChild(titled(svgEl("path", { d: `M${sx.toFixed(1)},${sy.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
      fill: "none", stroke: colour, "stroke-width": w.toFixed(2), opacity: 0.8, "marker-end": `url(#arrow-${kind})`, class: "edge" }), tip));
  }
  svg.appendChild(edges);
  for (const n of net.nodes) {
    const [x, y] = pos.get(n.id);
    const g = svgEl("g", { class: n.group ? "node group" : "node", "data-id": n.id, tabindex: 0 });
    titled(g, `${label(n.id)}: ${n.events} events (${n.out_events} as source, ${n.in_events} as target), mean Goldstein ${fmt(n.goldstein_mean)}`);
    g.appendChild(svgEl("circle", { cx: x, cy: y, r: rad.get(n.id), fill: goldsteinColour(n.goldstein_mean), stroke: "#111827", "stroke-width": 0.8,
      "stroke-dasharray": n.group ? "3 2" : null }));
    g.appendChild(svgEl("text", { x, y: y + rad.get(n.id) + 11, "text-anchor": "middle", fill: "#111827", "font-size": 11 }, names.get(n.id)));
    g.addEventListener("click", () => onNode(n.id));
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onNode(n.id); });
    svg.appendChild(g);
  }
  return svg;
}
