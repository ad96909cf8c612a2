// flashpoint dashboard map: where a pair's events happened, on country borders. The projection is
// equirectangular, fitted to the places (longitudes shrunk by the cosine of the middle latitude).
// The borders are Natural Earth's (1:50m, shipped with flashpoint: flashpoint/data/geo/README.md),
// asked of /api/borders for the map's view only; without them (an error, an older server) the places
// are drawn alone, on a latitude/longitude grid. How precise each geocode is shows: a point for a
// town, village, crossing or capital; a place known only as a country is that country's area,
// filled; one known only as a region or province, a dashed circle. Places without a country (an
// organisation's "area", such as the European Union) are not places and are not drawn. Click a place
// to list its events.
import { empty, fmt, frame, goldsteinColour, svgEl, titled } from "./charts.js";

const PRECISION = { country: "country level", region: "region level", area: "region level", admin1: "province level" };
const PAD = 30;
const CLIP = "fp-map-clip";
const CHAR = 6.5; // the width of a character of an 11px label, roughly

function niceStep(span) {
  for (const s of [0.5, 1, 2, 5, 10, 20, 30, 45]) if (span / s <= 6) return s;
  return 60;
}

// The projection fitted to the places that have a country (null when none has): px, py, and the box
// the frame shows edge to edge, [west, south, east, north] in degrees.
export function mapView(allPlaces, width = 520, height = 360) {
  const places = allPlaces.filter((p) => p.country);
  if (!places.length) return null;
  let [lat0, lat1] = [Math.min(...places.map((p) => p.lat)), Math.max(...places.map((p) => p.lat))];
  let [lon0, lon1] = [Math.min(...places.map((p) => p.lon)), Math.max(...places.map((p) => p.lon))];
  const grow = (a, b, min) => { const m = Math.max((b - a) * 0.15, (min - (b - a)) / 2, 0.2); return [a - m, b + m]; };
  [lat0, lat1] = grow(lat0, lat1, 2);
  [lon0, lon1] = grow(lon0, lon1, 3);
  const k = Math.cos((((lat0 + lat1) / 2) * Math.PI) / 180);
  const scale = Math.min((width - 2 * PAD) / ((lon1 - lon0) * k), (height - 2 * PAD) / (lat1 - lat0));
  const cxo = (width - (lon1 - lon0) * k * scale) / 2, cyo = (height - (lat1 - lat0) * scale) / 2;
  const px = (lon) => cxo + (lon - lon0) * k * scale;
  const py = (lat) => cyo + (lat1 - lat) * scale;
  const box = [lon0 - cxo / (k * scale), lat1 - (height - cyo) / scale, lon0 + (width - cxo) / (k * scale), lat1 + cyo / scale];
  return { lat0, lat1, lon0, lon1, k, scale, px, py, box, width, height };
}

// -- borders ------------------------------------------------------------------------------------------
const asked = new Map(); // URL → promise of the decoded borders, so a redraw of the same view asks once

function decodeRing(ring, precision) {
  const out = [];
  let x = 0, y = 0;
  for (let i = 0; i + 1 < ring.length; i += 2) {
    x += ring[i];
    y += ring[i + 1];
    out.push([x * precision, y * precision]);
  }
  return out;
}

function decodeBorders(doc) {
  if (!doc || !doc.countries || !(doc.precision > 0)) return null;
  const countries = new Map();
  for (const [code, c] of Object.entries(doc.countries)) {
    const polygons = (c.polygons || []).map((rings) => rings.map((r) => decodeRing(r, doc.precision)));
    countries.set(code, { code, name: c.name || code, label: c.label, polygons });
  }
  return { source: doc.source, countries };
}

// The borders of the countries in a view (mapView), decoded; null when they cannot be had (never rejects).
export function loadBorders(view) {
  if (!view) return Promise.resolve(null);
  const [w, s, e, n] = view.box;
  const bbox = [Math.max(-180, Math.floor(w)), Math.max(-90, Math.floor(s)), Math.min(180, Math.ceil(e)), Math.min(90, Math.ceil(n))];
  const url = `/api/borders?bbox=${bbox.join(",")}`;
  if (!asked.has(url)) {
    asked.set(url, fetch(url, { headers: { Accept: "application/json" } })
      .then((resp) => (resp.ok ? resp.json() : null))
      .then(decodeBorders)
      .catch(() => null)
      .then((borders) => { if (!borders) asked.delete(url); return borders; }));
  }
  return asked.get(url);
}

// an SVG path of polygons (even-odd), points closer than half a pixel to the last one left out
function pathOf(polygons, view) {
  let d = "";
  for (const rings of polygons) {
    for (const ring of rings) {
      let part = "", lx = null, ly = null;
      for (const [lon, lat] of ring) {
        const x = view.px(lon), y = view.py(lat);
        if (lx !== null && Math.abs(x - lx) < 0.5 && Math.abs(y - ly) < 0.5) continue;
        part += `${part ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`;
        lx = x; ly = y;
      }
      if (part) d += `${part}Z`;
    }
  }
  return d;
}

// the projected width of the polygon a country's label lies in
function labelRoom(c, view) {
  let room = 0;
  for (const rings of c.polygons) {
    const xs = rings[0].map((p) => p[0]), ys = rings[0].map((p) => p[1]);
    const [w, e] = [Math.min(...xs), Math.max(...xs)];
    if (c.label[0] < w || c.label[0] > e || c.label[1] < Math.min(...ys) || c.label[1] > Math.max(...ys)) continue;
    room = Math.max(room, (e - w) * view.k * view.scale);
  }
  return room;
}

// Country names (or codes, where the name would not fit) at their label points inside the frame, the
// countries of country-level places first, then the larger ones; a label that would overlap another
// label or a place is left out.
function countryLabels(countries, view, first, taken) {
  const g = svgEl("g", { class: "country-labels", "pointer-events": "none" });
  const overlaps = (a) => taken.some((b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]);
  const ordered = [...countries.values()].filter((c) => Array.isArray(c.label)).map((c) => ({ c, room: labelRoom(c, view) }))
    .sort((a, b) => (first.has(b.c.code) - first.has(a.c.code)) || b.room - a.room || (a.c.code < b.c.code ? -1 : 1));
  for (const { c, room } of ordered) {
    if (room < 12 && !first.has(c.code)) continue;
    const x = view.px(c.label[0]);
    const text = c.name.length * CHAR <= room ? c.name : c.code;
    const half = (text.length * CHAR) / 2 + 2;
    const fits = (y) => { // on the label point, else a line below or above it
      const box = [x - half, y - 10, x + half, y + 3];
      return box[0] >= 2 && box[2] <= view.width - 2 && box[1] >= 2 && box[3] <= view.height - 14 && !overlaps(box) ? box : null;
    };
    const y = [0, 14, -14].map((dy) => view.py(c.label[1]) + dy).find(fits);
    if (y === undefined) continue;
    taken.push(fits(y));
    g.appendChild(svgEl("text", { x: x.toFixed(1), y: y.toFixed(1), "text-anchor": "middle", fill: "#4b5563", "font-size": 11,
      class: "country", "data-code": c.code }, text));
  }
  return g;
}

// without borders: each country's code at the event-weighted middle of its places
function centroidLabels(places, view) {
  const g = svgEl("g", { class: "country-labels" });
  const byCountry = new Map();
  for (const p of places) {
    const c = byCountry.get(p.country) || { lat: 0, lon: 0, n: 0 };
    c.lat += p.lat * p.events; c.lon += p.lon * p.events; c.n += p.events;
    byCountry.set(p.country, c);
  }
  for (const [country, c] of byCountry) {
    g.appendChild(svgEl("text", { x: view.px(c.lon / c.n), y: view.py(c.lat / c.n) - 14, "text-anchor": "middle", fill: "#d1d5db",
      "font-size": 22, "font-weight": 700, class: "country" }, country));
  }
  return g;
}

export function mapChart(allPlaces, { onPlace = () => {}, selected = "", borders = null } = {}, width = 520, height = 360) {
  const svg = frame(width, height, "fp-map");
  const places = allPlaces.filter((p) => p.country);
  svg.dataset.skipped = String(allPlaces.length - places.length);
  if (!places.length) return empty(svg, width, height, "no located events");
  const view = mapView(places, width, height);
  const { px, py, lat0, lat1, lon0, lon1 } = view;
  const countries = borders ? borders.countries : new Map();
  svg.dataset.borders = borders ? String(countries.size) : "none";
  const step = niceStep(Math.max(lat1 - lat0, lon1 - lon0));
  const grid = svgEl("g", { class: "graticule" }), degrees = svgEl("g", { class: "degrees", "pointer-events": "none" });
  for (let v = Math.ceil(lon0 / step) * step; v <= lon1; v += step) {
    grid.appendChild(svgEl("line", { x1: px(v), x2: px(v), y1: py(lat0), y2: py(lat1), stroke: "#eef0f3" }));
    degrees.appendChild(svgEl("text", { x: px(v), y: height - 6, "text-anchor": "middle", fill: "#9ca3af", "font-size": 10 }, `${+v.toFixed(1)}°`));
  }
  for (let v = Math.ceil(lat0 / step) * step; v <= lat1; v += step) {
    grid.appendChild(svgEl("line", { x1: px(lon0), x2: px(lon1), y1: py(v), y2: py(v), stroke: "#eef0f3" }));
    degrees.appendChild(svgEl("text", { x: 4, y: py(v) - 2, fill: "#9ca3af", "font-size": 10 }, `${+v.toFixed(1)}°`));
  }
  if (countries.size) svg.appendChild(svgEl("rect", { x: 0, y: 0, width, height, fill: "#f5f9fd", class: "sea" }));
  svg.appendChild(grid);
  if (countries.size) {
    const clip = svgEl("clipPath", { id: CLIP });
    clip.appendChild(svgEl("rect", { x: 0, y: 0, width, height }));
    svg.appendChild(svgEl("defs")).appendChild(clip);
    const land = svgEl("g", { class: "borders", "clip-path": `url(#${CLIP})` });
    for (const c of countries.values()) {
      land.appendChild(titled(svgEl("path", { d: pathOf(c.polygons, view), "fill-rule": "evenodd", fill: "#f3f4f6", stroke: "#9ca3af",
        "stroke-width": 0.7, "stroke-linejoin": "round", class: "border", "data-code": c.code }), `${c.name} (${c.code})`));
    }
    svg.appendChild(land);
  }
  if (!countries.size) svg.appendChild(centroidLabels(places, view));
  const maxE = Math.max(1, ...places.map((p) => p.events));
  const radius = (p) => (PRECISION[p.feature] ? 28 + 10 * Math.sqrt(p.events / maxE) : 3 + 12 * Math.sqrt(p.events / maxE));
  const areaOf = (p) => (p.feature === "country" ? countries.get(p.country) || null : null);
  const byEvents = [...places].sort((a, b) => b.events - a.events);
  const taken = []; // boxes of the place names and points, which country labels keep clear of
  const named = new Map(); // the busiest places' names, each where it overlaps no busier one's
  for (const p of byEvents.filter((q) => !areaOf(q)).slice(0, 12)) {
    const x = px(p.lon) + radius(p) + 2, y = py(p.lat) + 4;
    const box = [x, y - 11, x + p.name.length * CHAR, y + 2];
    if (taken.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
    taken.push(box);
    named.set(p, [x, y]);
  }
  const layer = (p) => (areaOf(p) ? 0 : PRECISION[p.feature] ? 1 : 2); // areas under circles under points
  for (const p of [...byEvents].sort((a, b) => layer(a) - layer(b))) {
    const coarse = PRECISION[p.feature] || null;
    const area = areaOf(p);
    const g = svgEl("g", { class: area ? "place coarse area" : coarse ? "place coarse" : "place", "data-name": p.name,
      "data-precision": coarse || "point", "data-country": p.country, tabindex: 0 });
    if (p.name === selected) g.classList.add("selected");
    titled(g, `${p.name}${p.country ? " (" + p.country + ")" : ""}, geocoded to ${coarse || (p.feature || "a point")}: ` +
      `${p.events} events (${p.conflict} conflict, ${p.cooperation} cooperation), mean Goldstein ${fmt(p.goldstein_mean)}, ` +
      `${p.first_date} to ${p.last_date}`);
    const x = px(p.lon), y = py(p.lat);
    if (area) {
      g.appendChild(svgEl("path", { d: pathOf(area.polygons, view), "fill-rule": "evenodd", fill: goldsteinColour(p.goldstein_mean),
        "fill-opacity": 0.35, stroke: "#374151", "stroke-width": p.name === selected ? 2.5 : 1, "clip-path": `url(#${CLIP})` }));
    } else {
      const r = radius(p);
      g.appendChild(svgEl("circle", { cx: x, cy: y, r, fill: goldsteinColour(p.goldstein_mean),
        opacity: coarse ? 0.18 : 0.7, stroke: "#374151", "stroke-width": p.name === selected ? 2.5 : coarse ? 1 : 0.6,
        "stroke-dasharray": coarse ? "4 3" : null }));
      if (!coarse) taken.push([x - r, y - r, x + r, y + r]);
      if (named.has(p)) {
        const [tx, ty] = named.get(p);
        g.appendChild(svgEl("text", { x: tx, y: ty, fill: "#111827", "font-size": 11 }, p.name));
      }
    }
    g.addEventListener("click", () => onPlace(p.name));
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onPlace(p.name); });
    svg.appendChild(g);
  }
  svg.appendChild(degrees);
  if (countries.size) {
    const first = new Set(places.filter((p) => areaOf(p)).map((p) => p.country));
    svg.appendChild(countryLabels(countries, view, first, taken));
  }
  return svg;
}
