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

function titled(el, text) {
  el.appendChild(svgEl("title", {}, text));
  return el;
}

function frame(width, height, cls) {
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, width, height, class: cls, role: "img" });
  svg.appendChild(svgEl("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }));
  return svg;
}

function empty(svg, width, height, text) {
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

function fmt(x, digits = 2) {
  return x === null || x === undefined ? "–" : Number(x).toFixed(digits);
}

// Timeline: mean Goldstein per period and direction (lines with points) over event counts (bars).
export function timelineChart(tl, onPoint, width = 860, height = 360) {
  const svg = frame(width, height, "fp-timeline");
  const periods = [...new Set(tl.rows.map((r) => r.period))].sort();
  if (!periods.length) return empty(svg, width, height, "no events between these actors in this range");
  const left = 44, right = 12, top = 28, bottom = 30, gap = 18;
  const pw = width - left - right;
  const h1 = (height - top - bottom) * 0.62;
  const h2 = height - top - bottom - h1 - gap;
  const y2top = top + h1 + gap;
  const bw = pw / periods.length;
  const index = new Map(periods.map((p, i) => [p, i]));
  const x = (p) => left + (index.get(p) + 0.5) * bw;
  const y1 = (v) => top + ((10 - v) / 20) * h1;
  for (const t of [-10, -5, 0, 5, 10]) {
    svg.appendChild(svgEl("line", { x1: left, x2: left + pw, y1: y1(t), y2: y1(t), stroke: t === 0 ? "#9ca3af" : "#e5e7eb" }));
    svg.appendChild(svgEl("text", { x: left - 6, y: y1(t) + 4, "text-anchor": "end", fill: "#6b7280", "font-size": 11 }, t));
  }
  svg.appendChild(svgEl("text", { x: left, y: top - 10, fill: "#374151", "font-size": 11 }, "mean Goldstein"));
  const dirs = [[tl.a, tl.b]];
  if (tl.b !== tl.a) dirs.push([tl.b, tl.a]);
  const maxN = Math.max(1, ...tl.rows.map((r) => r.events));
  svg.appendChild(svgEl("line", { x1: left, x2: left + pw, y1: y2top + h2, y2: y2top + h2, stroke: "#9ca3af" }));
  svg.appendChild(svgEl("text", { x: left - 6, y: y2top + 8, "text-anchor": "end", fill: "#6b7280", "font-size": 11 }, maxN));
  svg.appendChild(svgEl("text", { x: left, y: y2top - 4, fill: "#374151", "font-size": 11 }, "events"));
  const barW = Math.max((bw * 0.8) / dirs.length, 0.6);
  dirs.forEach(([src, tgt], k) => {
    const colour = COLOURS[k];
    const rows = tl.rows.filter((r) => r.source === src && r.target === tgt);
    const bars = svgEl("g", { class: "bars" });
    for (const r of rows) {
      if (!r.events) continue;
      const bh = (r.events / maxN) * h2;
      bars.appendChild(titled(svgEl("rect", {
        x: left + index.get(r.period) * bw + bw * 0.1 + k * barW, y: y2top + h2 - bh, width: barW, height: bh,
        fill: colour, opacity: 0.75,
      }), `${r.period} ${src} → ${tgt}: ${r.events} events`));
    }
    svg.appendChild(bars);
    const pts = rows.filter((r) => r.goldstein_mean !== null);
    if (pts.length > 1) {
      svg.appendChild(svgEl("polyline", {
        points: pts.map((r) => `${x(r.period).toFixed(1)},${y1(r.goldstein_mean).toFixed(1)}`).join(" "),
        fill: "none", stroke: colour, "stroke-width": 1.5, opacity: 0.6,
      }));
    }
    const g = svgEl("g", { class: "points", "data-direction": `${src}->${tgt}` });
    for (const r of pts) {
      const c = svgEl("circle", { class: "point", cx: x(r.period), cy: y1(r.goldstein_mean), r: 4, fill: colour,
        "data-period": r.period, tabindex: 0 });
      titled(c, `${r.period} ${src} → ${tgt}: ${r.events} events (${r.conflict} conflict, ${r.cooperation} cooperation), ` +
        `mean Goldstein ${fmt(r.goldstein_mean)}, CCI ${fmt(r.cci)}`);
      c.addEventListener("click", () => onPoint(r.period));
      c.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onPoint(r.period); });
      g.appendChild(c);
    }
    svg.appendChild(g);
    const lx = left + pw - 230 + k * 115;
    svg.appendChild(svgEl("rect", { x: lx, y: 8, width: 10, height: 10, fill: colour }));
    svg.appendChild(svgEl("text", { x: lx + 14, y: 17, fill: "#111827", "font-size": 12 }, `${src} → ${tgt}`));
  });
  const step = Math.max(1, Math.ceil(periods.length / 10));
  for (let i = 0; i < periods.length; i += step) {
    const p = periods[i];
    const label = tl.freq === "month" || tl.freq === "quarter" ? p.slice(0, 7) : tl.freq === "year" ? p.slice(0, 4) : p;
    svg.appendChild(svgEl("text", { x: x(p), y: height - bottom + 18, "text-anchor": "middle", fill: "#6b7280", "font-size": 11 }, label));
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
  const maxE = Math.max(1, ...net.nodes.map((n) => n.events));
  const pos = new Map(net.nodes.map((n) => [n.id, [pad + n.x * (width - 2 * pad), pad + n.y * (height - 2 * pad)]]));
  const rad = new Map(net.nodes.map((n) => [n.id, 4 + 14 * Math.sqrt(n.events / maxE)]));
  const maxW = Math.max(1, ...net.edges.map((e) => e.events));
  const edges = svgEl("g", { class: "edges" });
  for (const e of net.edges) {
    const colour = goldsteinColour(e.goldstein_mean);
    const w = 1 + (4 * Math.log1p(e.events)) / Math.log1p(maxW);
    const tip = `${e.source} → ${e.target}: ${e.events} events (${e.cooperation} cooperation, ${e.conflict} conflict), ` +
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
    const g = svgEl("g", { class: "node", "data-id": n.id, tabindex: 0 });
    titled(g, `${n.id}: ${n.events} events (${n.out_events} as source, ${n.in_events} as target), mean Goldstein ${fmt(n.goldstein_mean)}`);
    g.appendChild(svgEl("circle", { cx: x, cy: y, r: rad.get(n.id), fill: goldsteinColour(n.goldstein_mean), stroke: "#111827", "stroke-width": 0.8 }));
    g.appendChild(svgEl("text", { x, y: y + rad.get(n.id) + 11, "text-anchor": "middle", fill: "#111827", "font-size": 11 }, n.id));
    g.addEventListener("click", () => onNode(n.id));
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onNode(n.id); });
    svg.appendChild(g);
  }
  return svg;
}

function niceStep(span) {
  for (const s of [0.5, 1, 2, 5, 10, 20, 30, 45]) if (span / s <= 6) return s;
  return 60;
}

// Map: places as a latitude/longitude scatter (equirectangular, fitted to the points), country labels.
export function mapChart(places, width = 520, height = 360) {
  const svg = frame(width, height, "fp-map");
  if (!places.length) return empty(svg, width, height, "no located events");
  const pad = 30;
  let [lat0, lat1] = [Math.min(...places.map((p) => p.lat)), Math.max(...places.map((p) => p.lat))];
  let [lon0, lon1] = [Math.min(...places.map((p) => p.lon)), Math.max(...places.map((p) => p.lon))];
  const grow = (a, b, min) => { const m = Math.max((b - a) * 0.15, (min - (b - a)) / 2, 0.2); return [a - m, b + m]; };
  [lat0, lat1] = grow(lat0, lat1, 2);
  [lon0, lon1] = grow(lon0, lon1, 3);
  const k = Math.cos((((lat0 + lat1) / 2) * Math.PI) / 180);
  const scale = Math.min((width - 2 * pad) / ((lon1 - lon0) * k), (height - 2 * pad) / (lat1 - lat0));
  const cxo = (width - (lon1 - lon0) * k * scale) / 2, cyo = (height - (lat1 - lat0) * scale) / 2;
  const px = (lon) => cxo + (lon - lon0) * k * scale;
  const py = (lat) => cyo + (lat1 - lat) * scale;
  const grid = svgEl("g", { class: "graticule" });
  const step = niceStep(Math.max(lat1 - lat0, lon1 - lon0));
  for (let v = Math.ceil(lon0 / step) * step; v <= lon1; v += step) {
    grid.appendChild(svgEl("line", { x1: px(v), x2: px(v), y1: py(lat0), y2: py(lat1), stroke: "#eef0f3" }));
    grid.appendChild(svgEl("text", { x: px(v), y: height - 6, "text-anchor": "middle", fill: "#9ca3af", "font-size": 10 }, `${+v.toFixed(1)}°`));
  }
  for (let v = Math.ceil(lat0 / step) * step; v <= lat1; v += step) {
    grid.appendChild(svgEl("line", { x1: px(lon0), x2: px(lon1), y1: py(v), y2: py(v), stroke: "#eef0f3" }));
    grid.appendChild(svgEl("text", { x: 4, y: py(v) - 2, fill: "#9ca3af", "font-size": 10 }, `${+v.toFixed(1)}°`));
  }
  svg.appendChild(grid);
  const byCountry = new Map();
  for (const p of places) {
    if (!p.country) continue;
    const c = byCountry.get(p.country) || { lat: 0, lon: 0, n: 0 };
    c.lat += p.lat * p.events; c.lon += p.lon * p.events; c.n += p.events;
    byCountry.set(p.country, c);
  }
  for (const [country, c] of byCountry) {
    svg.appendChild(svgEl("text", { x: px(c.lon / c.n), y: py(c.lat / c.n) - 14, "text-anchor": "middle", fill: "#d1d5db",
      "font-size": 22, "font-weight": 700, class: "country" }, country));
  }
  const maxE = Math.max(1, ...places.map((p) => p.events));
  const sorted = [...places].sort((a, b) => b.events - a.events);
  sorted.forEach((p, i) => {
    const r = 3 + 12 * Math.sqrt(p.events / maxE);
    const g = svgEl("g", { class: "place" });
    titled(g, `${p.name}${p.country ? " (" + p.country + ")" : ""}: ${p.events} events (${p.conflict} conflict, ` +
      `${p.cooperation} cooperation), mean Goldstein ${fmt(p.goldstein_mean)}, ${p.first_date} to ${p.last_date}`);
    g.appendChild(svgEl("circle", { cx: px(p.lon), cy: py(p.lat), r, fill: goldsteinColour(p.goldstein_mean), opacity: 0.7,
      stroke: "#374151", "stroke-width": 0.6 }));
    if (i < 12) {
      g.appendChild(svgEl("text", { x: px(p.lon) + r + 2, y: py(p.lat) + 4, fill: "#111827", "font-size": 11 }, p.name));
    }
    svg.appendChild(g);
  });
  return svg;
}
