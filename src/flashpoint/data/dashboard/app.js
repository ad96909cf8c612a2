// flashpoint dashboard: reads the JSON API of `flashpoint serve` and draws it. Every value from the
// store reaches the page through textContent or setAttribute, never as markup.
import { mapChart, networkChart, timelineChart } from "./charts.js";

const $ = (id) => document.getElementById(id);
const PAGE = 25;
const state = { a: "", b: "", since: "", until: "", freq: "month", offset: 0, period: null, selected: null };

function el(name, attrs = {}, text = null) {
  const e = document.createElement(name);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== null && v !== undefined) e.setAttribute(k, String(v));
  }
  if (text !== null) e.textContent = String(text);
  return e;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function showMessage(text) {
  const m = $("message");
  m.textContent = text || "";
  m.hidden = !text;
}

async function api(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== "") q.set(k, v);
  }
  const url = q.toString() ? `${path}?${q}` : path;
  const resp = await fetch(url, { headers: { Accept: "application/json" } });
  const data = await resp.json();
  if (!resp.ok) {
    const err = data && data.error ? data.error : { message: `HTTP ${resp.status}` };
    throw new Error(err.message);
  }
  return data;
}

// -- the period a timeline point stands for -------------------------------------------------------
function periodEnd(start, freq) {
  const d = new Date(start + "T00:00:00Z");
  if (freq === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (freq === "week") d.setUTCDate(d.getUTCDate() + 7);
  else if (freq === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else if (freq === "quarter") d.setUTCMonth(d.getUTCMonth() + 3);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function tableRange() {
  if (state.period) return { since: state.period, until: periodEnd(state.period, state.freq) };
  return { since: state.since, until: state.until };
}

// -- panels ---------------------------------------------------------------------------------------
async function loadStatus() {
  const st = await api("/api/status");
  $("store-info").textContent = `${st.path}: ${st.events} events from ${st.articles} articles, ` +
    `${st.first_date || "–"} to ${st.last_date || "–"}${st.server.read_only ? " (read-only)" : ""}`;
  return st;
}

async function loadActors() {
  const net = await api("/api/network", { top: 120 });
  const list = clear($("actors"));
  for (const n of net.nodes) list.appendChild(el("option", { value: n.id }));
}

async function loadTimeline() {
  const box = $("timeline");
  const tl = await api("/api/timeline", { a: state.a, b: state.b, freq: state.freq, since: state.since, until: state.until });
  $("timeline-title").textContent = `${state.a} ↔ ${state.b}, per ${state.freq}`;
  clear(box).appendChild(timelineChart(tl, (period) => { state.period = period; state.offset = 0; showPeriod(); loadEvents(); }));
  box.dataset.points = String(box.querySelectorAll("circle.point").length);
}

async function loadAlerts() {
  const data = await api("/api/alerts", { dyad: `${state.a},${state.b}`, freq: state.freq, since: state.since, until: state.until, drivers: 5 });
  const list = clear($("alerts"));
  if (!data.alerts.length) {
    list.appendChild(el("li", { class: "muted empty" }, "No escalation in this range."));
    return;
  }
  for (const al of data.alerts.slice().reverse()) {
    const li = el("li");
    li.appendChild(el("strong", {}, `${al.period.slice(0, state.freq === "year" ? 4 : state.freq === "month" || state.freq === "quarter" ? 7 : 10)}: `));
    li.appendChild(document.createTextNode(`${al.conflict} conflict events (baseline median ${al.baseline_median}, z = ${al.z})`));
    const ul = el("ul", { class: "drivers" });
    for (const d of al.drivers) {
      const b = el("button", { type: "button", "data-event": d.event_id },
        `${d.date} ${d.source_code || "?"} → ${d.target_code || "?"}: ${d.cameo_name || d.cameo} (“${d.trigger || ""}”)`);
      b.addEventListener("click", () => openEvent(d.event_id));
      const item = el("li");
      item.appendChild(b);
      ul.appendChild(item);
    }
    li.appendChild(ul);
    list.appendChild(li);
  }
}

function directionParams() {
  const dir = $("direction").value;
  if (dir === "ab") return { dyad: `${state.a},${state.b}` };
  if (dir === "ba") return { dyad: `${state.b},${state.a}` };
  return { pair: `${state.a},${state.b}` };
}

function cell(text, cls = null) {
  return el("td", cls ? { class: cls } : {}, text === null || text === undefined ? "" : text);
}

async function loadEvents() {
  const range = tableRange();
  const cameo = $("cameo").value.trim();
  const page = await api("/api/events", { ...directionParams(), since: range.since, until: range.until,
    quad: $("quad").value, cameo: /^\d{1,4}$/.test(cameo) ? cameo : "", min_confidence: $("min-confidence").value,
    limit: PAGE, offset: state.offset });
  const body = clear($("events-table").tBodies[0]);
  for (const e of page.events) {
    const tr = el("tr", { tabindex: 0, "data-event": e.event_id });
    if (e.event_id === state.selected) tr.classList.add("selected");
    tr.appendChild(cell(e.date));
    tr.appendChild(cell(e.source_code));
    tr.appendChild(cell(e.target_code));
    tr.appendChild(cell(e.cameo));
    tr.appendChild(cell(e.cameo_name));
    tr.appendChild(cell(e.goldstein, `num ${e.goldstein < 0 ? "neg" : e.goldstein > 0 ? "pos" : ""}`));
    tr.appendChild(cell(e.trigger));
    tr.appendChild(cell(e.location_name));
    tr.appendChild(cell(e.mentions, "num"));
    tr.appendChild(cell(e.confidence === null || e.confidence === undefined ? "" : e.confidence.toFixed(2), "num"));
    tr.addEventListener("click", () => openEvent(e.event_id));
    tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") openEvent(e.event_id); });
    body.appendChild(tr);
  }
  if (!page.events.length) {
    const tr = el("tr");
    tr.appendChild(el("td", { colspan: 10, class: "muted" }, "No events match."));
    body.appendChild(tr);
  }
  const last = page.offset + page.events.length;
  $("page-info").textContent = page.total ? `${page.offset + 1}–${last} of ${page.total}` : "";
  $("prev").disabled = page.offset === 0;
  $("next").disabled = page.next_offset === null;
}

function highlighted(sentence, highlights) {
  const p = el("p", { class: "sentence" });
  let pos = 0;
  for (const h of highlights) {
    if (h.start < pos || h.end > sentence.length) continue; // overlapping or out of range: leave plain
    p.appendChild(document.createTextNode(sentence.slice(pos, h.start)));
    p.appendChild(el("mark", { class: h.role, title: h.role }, sentence.slice(h.start, h.end)));
    pos = h.end;
  }
  p.appendChild(document.createTextNode(sentence.slice(pos)));
  return p;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function actorLabel(name, code) {
  if (!code) return "–";
  return name && name !== code ? `${name} (${code})` : code;
}

async function openEvent(id) {
  state.selected = id;
  for (const tr of document.querySelectorAll("#events-table tbody tr")) {
    tr.classList.toggle("selected", tr.dataset.event === id);
  }
  const box = $("detail");
  const ev = await api(`/api/events/${encodeURIComponent(id)}`);
  clear(box);
  box.dataset.event = ev.event_id;
  const head = el("div", { class: "head" });
  head.appendChild(el("div", {}, `${ev.date || "undated"}: ${actorLabel(ev.source_name, ev.source_code)} → ${actorLabel(ev.target_name, ev.target_code)}`));
  head.appendChild(el("div", {}, `CAMEO ${ev.cameo} ${ev.cameo_name || ""} · Goldstein ${ev.goldstein} · QuadClass ${ev.quad_class}` +
    (ev.plover_type ? ` · PLOVER ${ev.plover_type}${ev.plover_mode ? "/" + ev.plover_mode : ""}` : "")));
  head.appendChild(el("div", { class: "muted small" }, `${plural(ev.mentions, "mention")} in ${plural(ev.articles, "article")} from ${plural(ev.sources, "source")}` +
    (ev.location_name ? ` · ${ev.location_name}${ev.location_country ? " (" + ev.location_country + ")" : ""}` : "")));
  box.appendChild(head);
  for (const m of ev.mention_records) {
    const div = el("div", { class: "mention" });
    const art = m.article || {};
    div.appendChild(el("div", { class: "article" }, [art.title || m.article_id, art.source, art.published].filter(Boolean).join(" · ")));
    div.appendChild(highlighted(m.sentence, m.highlights));
    div.appendChild(el("div", { class: "muted small" }, `trigger “${m.trigger}”${m.date_text ? ` · date from “${m.date_text}”` : ""}`));
    box.appendChild(div);
  }
}

async function loadNetwork() {
  const net = await api("/api/network", { since: state.since, until: state.until, top: 30 });
  clear($("network")).appendChild(networkChart(net, (id) => {
    if (id === state.a) return;
    $("actor-b").value = id;
    apply();
  }));
}

async function loadMap() {
  const data = await api("/api/places", { pair: `${state.a},${state.b}`, since: state.since, until: state.until, top: 200 });
  clear($("map")).appendChild(mapChart(data.places));
}

function showPeriod() {
  const chip = $("period-filter");
  chip.hidden = !state.period;
  if (state.period) $("period-filter-text").textContent = `${state.period} to ${periodEnd(state.period, state.freq)}`;
}

async function run(tasks) {
  const results = await Promise.allSettled(tasks);
  const failed = results.find((r) => r.status === "rejected");
  showMessage(failed ? failed.reason.message : "");
  document.body.dataset.ready = "1";
}

// -- new data: the page polls the store's generation and offers to refresh when it changes ----------
const POLL_MS = 5000;
const seen = { generation: null, instance: null };

async function checkGeneration() {
  const g = await api("/api/generation");
  if (seen.instance === null) {
    seen.generation = g.generation;
    seen.instance = g.instance;
  } else if (g.generation !== seen.generation || g.instance !== seen.instance) {
    $("fresh").hidden = false;
  }
}

async function refresh() {
  $("fresh").hidden = true;
  seen.instance = null;
  await checkGeneration().catch(() => {});
  loadStatus().catch((err) => showMessage(err.message));
  loadActors().catch(() => {});
  if (state.a && state.b) apply();
}

function readForm() {
  state.a = $("actor-a").value.trim();
  state.b = $("actor-b").value.trim();
  state.since = $("since").value;
  state.until = $("until").value;
  state.freq = $("freq").value;
  state.offset = 0;
  state.period = null;
}

function writeHash() {
  const q = new URLSearchParams({ a: state.a, b: state.b, freq: state.freq });
  if (state.since) q.set("since", state.since);
  if (state.until) q.set("until", state.until);
  history.replaceState(null, "", `#${q}`);
}

function apply() {
  readForm();
  if (!state.a || !state.b) {
    showMessage("Pick two actors (e.g. SRB and XKX).");
    return;
  }
  document.body.dataset.ready = "0";
  writeHash();
  showPeriod();
  run([loadTimeline(), loadAlerts(), loadEvents(), loadNetwork(), loadMap()]);
}

async function init() {
  $("controls").addEventListener("submit", (ev) => { ev.preventDefault(); apply(); });
  for (const id of ["direction", "quad", "min-confidence"]) $(id).addEventListener("change", () => { state.offset = 0; run([loadEvents()]); });
  $("cameo").addEventListener("change", () => { state.offset = 0; run([loadEvents()]); });
  $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); run([loadEvents()]); });
  $("next").addEventListener("click", () => { state.offset += PAGE; run([loadEvents()]); });
  $("period-clear").addEventListener("click", () => { state.period = null; state.offset = 0; showPeriod(); run([loadEvents()]); });
  $("refresh").addEventListener("click", refresh);
  await checkGeneration().catch(() => {}); // before reading: a write meanwhile shows the notice
  setInterval(() => { checkGeneration().catch(() => {}); }, POLL_MS); // a server restarting: try at the next tick
  const hash = new URLSearchParams(location.hash.slice(1));
  let st = null;
  try {
    st = await loadStatus();
    loadActors().catch(() => {});
  } catch (err) {
    showMessage(err.message);
  }
  const pair = st && (st.top_pairs || []).find((p) => p.source !== p.target && p.source !== "-" && p.target !== "-");
  $("actor-a").value = hash.get("a") || (pair ? pair.source : "");
  $("actor-b").value = hash.get("b") || (pair ? pair.target : "");
  $("since").value = hash.get("since") || "";
  $("until").value = hash.get("until") || "";
  if (hash.get("freq")) $("freq").value = hash.get("freq");
  if ($("actor-a").value && $("actor-b").value) apply();
  else document.body.dataset.ready = "1";
}

init();
