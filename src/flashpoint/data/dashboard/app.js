// flashpoint dashboard: reads the JSON API of `flashpoint serve` and draws it. Every value from the
// store reaches the page through textContent or setAttribute, never as markup. Every filter and the
// selected event live in the URL (#a=SRB&b=XKX&period=…&event=…): Back restores a view, a link
// reproduces it.
import { networkChart, timelineChart } from "./charts.js";
import { loadBorders, mapChart, mapView } from "./map.js";

const $ = (id) => document.getElementById(id);
const PAGE = 25;
const DEFAULTS = { a: "", b: "", since: "", until: "", freq: "month", group_by: "actor", sens: "", measure: "counts",
  dir: "both", quad: "", conf: "", cameo: "", period: "", offset: 0, event: "", sort: "", q: "", xf: "", place: "",
  fold: "1" };
const SENSITIVITY = { "": { threshold: 3, min_count: 3 }, high: { threshold: 2, min_count: 2 } };
let state = { ...DEFAULTS };
let shown = []; // the events of the page on screen

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

function showMessage(text, code = "") {
  const m = $("message");
  m.textContent = text || "";
  m.dataset.code = code || "";
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
    const err = data && data.error ? data.error : { message: `HTTP ${resp.status}`, code: "error" };
    const who = { a: "Actor A", b: "Actor B", dyad: "Actors", pair: "Actors", actor: "Actor" }[err.field] || "Actor";
    const e = new Error(err.code === "unknown_actor" ? `${who}: ${err.message}` : err.message);
    e.code = err.code;
    throw e;
  }
  return data;
}

// -- the URL holds the view ------------------------------------------------------------------------
function toHash(st) {
  const q = new URLSearchParams();
  for (const k of Object.keys(DEFAULTS)) {
    if (st[k] !== DEFAULTS[k] && st[k] !== "" && st[k] !== null) q.set(k, st[k]);
  }
  return `#${q}`;
}

function fromHash() {
  const q = new URLSearchParams(location.hash.slice(1));
  const st = { ...DEFAULTS };
  for (const k of Object.keys(DEFAULTS)) {
    if (q.has(k)) st[k] = k === "offset" ? Math.max(0, Number(q.get(k)) || 0) : q.get(k);
  }
  return st;
}

const FORM = { a: "actor-a", b: "actor-b", since: "since", until: "until", freq: "freq", group_by: "group-by",
  sens: "sensitivity", measure: "measure", dir: "direction", quad: "quad", conf: "min-confidence", cameo: "cameo", q: "search" };

function writeForm() {
  for (const [k, id] of Object.entries(FORM)) $(id).value = state[k];
  $("exclude-flagged").checked = state.xf === "1";
  $("fold-groups").checked = state.fold === "1";
  alertRule();
  showPeriod();
}

// a change by the user: a new history entry, then the panels that depend on it
function navigate(changes, what = "all") {
  state = { ...state, ...changes };
  const hash = toHash(state);
  if (hash !== location.hash && !(hash === "#" && !location.hash)) history.pushState(null, "", hash);
  render(what);
}

function render(what) {
  writeForm();
  if (!state.a || !state.b) {
    showMessage("Pick two actors (e.g. Serbia and Kosovo, or SRB and XKX).");
    document.body.dataset.ready = "1";
    return;
  }
  document.body.dataset.ready = "0";
  const tasks = [];
  if (what === "all") tasks.push(loadTimeline(), loadNetwork(), loadMap(), loadTopAlerts(), loadViews());
  if (what === "timeline") tasks.push(loadTimeline());
  if (what === "network") tasks.push(loadNetwork());
  if (what === "all" || what === "events") tasks.push(loadEvents());
  if (what !== "timeline" && what !== "network") tasks.push(state.event ? openEvent(state.event) : Promise.resolve(clearDetail()));
  run(tasks);
}

async function run(tasks) {
  const results = await Promise.allSettled(tasks);
  const failed = results.find((r) => r.status === "rejected");
  showMessage(failed ? failed.reason.message : "", failed ? failed.reason.code : "");
  document.body.dataset.ready = "1";
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

function showPeriod() {
  $("place-filter").hidden = !state.place;
  $("place-filter-text").textContent = state.place ? `at ${state.place}` : "";
  $("period-filter").hidden = !state.period;
  if (state.period) $("period-filter-text").textContent = `${state.period} to ${periodEnd(state.period, state.freq)}`;
}

function periodLabel(p, freq) {
  return p.slice(0, freq === "year" ? 4 : freq === "month" || freq === "quarter" ? 7 : 10);
}

// -- panels ---------------------------------------------------------------------------------------
async function loadStatus() {
  const st = await api("/api/status");
  $("store-info").textContent = `${st.path}: ${st.events} events from ${st.articles} articles, ` +
    `${st.first_date || "–"} to ${st.last_date || "–"}${st.server.read_only ? " (read-only)" : ""}`;
  return st;
}

let suggestTimer = null;
let searchTimer = null;
const SEARCH_MS = 300;
function suggest(input) {
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(async () => {
    const data = await api("/api/actors", { q: input.value.trim(), limit: 15 }).catch(() => ({ actors: [] }));
    const list = clear($("actors"));
    for (const a of data.actors) list.appendChild(el("option", { value: a.key, label: `${a.name}${a.events ? ` · ${a.events} events` : ""}` }));
  }, 150);
}

function alertRule() {
  const r = SENSITIVITY[state.sens || ""];
  $("alert-rule").textContent = `robust z ≥ ${r.threshold}, at least ${r.min_count} events`;
}

function xf() {
  return state.xf === "1" ? { exclude_flagged: "true" } : {};
}

function alertParams() {
  return { freq: state.freq, since: state.since, until: state.until, ...SENSITIVITY[state.sens || ""], ...xf() };
}

function nameOf(names, key) {
  const n = names && names[key];
  return n && n !== key ? `${n} (${key})` : key;
}

async function loadTimeline() {
  const box = $("timeline");
  const [tl, al] = await Promise.all([
    api("/api/timeline", { a: state.a, b: state.b, freq: state.freq, since: state.since, until: state.until, ...xf() }),
    api("/api/alerts", { dyad: `${state.a},${state.b}`, drivers: 5, ...alertParams() }),
  ]);
  $("timeline-title").textContent = `${nameOf(tl.names, tl.a)} ↔ ${nameOf(tl.names, tl.b)}, per ${state.freq}`;
  clear(box).appendChild(timelineChart(tl, { measure: state.measure, alerts: al.alerts, names: tl.names,
    onPeriod: (period) => navigate({ period, offset: 0, event: "" }, "events") }));
  box.dataset.periods = String(box.querySelectorAll("g.period").length);
  alertList($("alerts"), al.alerts, false);
}

async function loadTopAlerts() {
  const data = await api("/api/alerts", { top: 8, drivers: 3, group_by: state.group_by, ...alertParams() });
  alertList($("top-alerts"), data.alerts, true);
}

function alertList(list, alerts, withPair) {
  clear(list);
  if (!alerts.length) {
    list.appendChild(el("li", { class: "muted empty" }, "No escalation in this range."));
    return;
  }
  const ordered = withPair ? alerts : alerts.slice().reverse();
  for (const al of ordered) {
    const li = el("li", { "data-period": al.period, "data-pair": `${al.a},${al.b}` });
    const pair = withPair ? `${al.a_name || al.a} ↔ ${al.b_name || al.b}, ` : "";
    const first = al.drivers.length ? al.drivers[0].event_id : "";
    const head = el("button", { type: "button", class: "alert" },
      `${pair}${periodLabel(al.period, al.freq)}: ${al.conflict} conflict events (baseline median ${al.baseline_median}, z = ${al.z})`);
    head.addEventListener("click", () => drill(al, first));
    li.appendChild(head);
    const ul = el("ul", { class: "drivers" });
    for (const d of al.drivers) {
      const b = el("button", { type: "button", "data-event": d.event_id },
        `${d.date} ${d.source_code || "?"} → ${d.target_code || "?"}: ${d.cameo_name || d.cameo} (“${d.trigger || ""}”)`);
      b.addEventListener("click", () => drill(al, d.event_id));
      const item = el("li");
      item.appendChild(b);
      ul.appendChild(item);
    }
    li.appendChild(ul);
    list.appendChild(li);
  }
}

// an alert (or one of its events): the table at that period and pair, the event's sentence in view
function drill(al, eventId) {
  const samePair = (al.a === state.a && al.b === state.b) || (al.a === state.b && al.b === state.a);
  const changes = { period: al.period, offset: 0, event: eventId, dir: "both", freq: al.freq };
  if (!samePair) Object.assign(changes, { a: al.a, b: al.b });
  navigate(changes, samePair && al.freq === state.freq ? "events" : "all");
}

async function loadViews() {
  const groups = await api("/api/actors", { q: ":", limit: 4 });
  const nav = clear($("views"));
  const views = [];
  const st = window.fpStatus;
  const pair = st && (st.top_pairs || []).find((p) => p.source !== p.target && p.source !== "-" && p.target !== "-");
  if (pair) views.push({ a: pair.source, b: pair.target, group_by: "actor", label: `${pair.source} ↔ ${pair.target}` });
  for (const g of groups.actors.filter((x) => x.key.includes(":") && !x.key.includes("|"))) {
    const country = g.key.split(":")[0];
    views.push({ a: g.key, b: country, group_by: "group", label: `${g.name} ↔ ${country}` });
  }
  if (!views.length) return;
  nav.appendChild(el("span", { class: "muted small" }, "Views: "));
  for (const v of views) {
    const b = el("button", { type: "button", class: "view", "data-a": v.a, "data-b": v.b }, v.label);
    b.addEventListener("click", () => navigate({ a: v.a, b: v.b, group_by: v.group_by, period: "", offset: 0, event: "" }));
    nav.appendChild(b);
  }
}

function eventParams() {
  const range = tableRange();
  const dir = state.dir === "ab" ? { dyad: `${state.a},${state.b}` } : state.dir === "ba" ? { dyad: `${state.b},${state.a}` }
    : { pair: `${state.a},${state.b}` };
  return { ...dir, since: range.since, until: range.until, quad: state.quad,
    cameo: /^\d{1,4}$/.test(state.cameo) ? state.cameo : "", min_confidence: state.conf, place: state.place,
    q: state.q.trim(), ...xf() };
}

function cell(text, cls = null) {
  return el("td", cls ? { class: cls } : {}, text === null || text === undefined ? "" : text);
}

function actorCell(name, code) {
  const td = el("td", { class: "actor" });
  if (name && name !== code) {
    td.appendChild(document.createTextNode(name));
    td.appendChild(el("span", { class: "code" }, code || ""));
  } else td.textContent = code || "–";
  return td;
}

const SORTS = { source: (e) => e.source_name || e.source_code || "", target: (e) => e.target_name || e.target_code || "" };

// the page on screen in the order chosen (the server pages and searches the whole filter; a column sorts the page)
function visibleRows() {
  let rows = shown;
  if (state.sort) {
    const desc = state.sort.startsWith("-");
    const key = state.sort.replace(/^-/, "");
    const get = SORTS[key] || ((e) => e[key]);
    rows = rows.slice().sort((x, y) => {
      const a = get(x), b = get(y);
      const c = a === null || a === undefined ? 1 : b === null || b === undefined ? -1 : a < b ? -1 : a > b ? 1 : 0;
      return desc ? -c : c;
    });
  }
  return rows;
}

function drawRows() {
  const body = clear($("events-table").tBodies[0]);
  for (const th of document.querySelectorAll("#events-table th[data-sort]")) {
    const k = th.dataset.sort;
    th.setAttribute("aria-sort", state.sort === k ? "ascending" : state.sort === `-${k}` ? "descending" : "none");
  }
  const rows = visibleRows();
  for (const e of rows) {
    const tr = el("tr", { tabindex: 0, "data-event": e.event_id });
    if (e.event_id === state.event) tr.classList.add("selected");
    tr.appendChild(cell(e.date));
    tr.appendChild(actorCell(e.source_name, e.source_code));
    tr.appendChild(actorCell(e.target_name, e.target_code));
    tr.appendChild(cell(e.cameo));
    tr.appendChild(cell(e.cameo_name));
    tr.appendChild(cell(e.goldstein, `num ${e.goldstein < 0 ? "neg" : e.goldstein > 0 ? "pos" : ""}`));
    tr.appendChild(cell(e.trigger));
    tr.appendChild(cell(e.location_name));
    tr.appendChild(cell(e.mentions, "num"));
    tr.appendChild(cell(e.confidence === null || e.confidence === undefined ? "" : e.confidence.toFixed(2), "num"));
    tr.addEventListener("click", () => navigate({ event: e.event_id }, "event"));
    tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") navigate({ event: e.event_id }, "event"); });
    body.appendChild(tr);
  }
  if (!rows.length) {
    const tr = el("tr");
    tr.appendChild(el("td", { colspan: 10, class: "muted" }, state.q.trim() ? "No event matches the search." : "No events match."));
    body.appendChild(tr);
  }
}

let eventsAsked = 0; // the latest request for a page: an older answer arriving after it is dropped
async function loadEvents() {
  const asked = ++eventsAsked;
  const page = await api("/api/events", { ...eventParams(), limit: PAGE, offset: state.offset });
  if (asked !== eventsAsked) return;
  shown = page.events;
  drawRows();
  const last = page.offset + page.events.length;
  $("page-info").textContent = page.total ? `${page.offset + 1}–${last} of ${page.total}` : "";
  $("prev").disabled = page.offset === 0;
  $("next").disabled = page.next_offset === null;
}

// -- export: every event of the current filter, page by page, as a file --------------------------
const EXPORT_COLUMNS = ["event_id", "date", "source_code", "source_name", "target_code", "target_name", "cameo", "cameo_name",
  "goldstein", "quad_class", "trigger", "location_name", "location_country", "mentions", "confidence", "source_url"];

async function exportEvents(format) {
  const all = [];
  for (let offset = 0; offset !== null && all.length < 200000;) {
    const page = await api("/api/events", { ...eventParams(), limit: 1000, offset });
    all.push(...page.events);
    offset = page.next_offset;
  }
  let body, type;
  if (format === "csv") {
    const esc = (v) => (v === null || v === undefined ? "" : /[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
    body = [EXPORT_COLUMNS.join(","), ...all.map((e) => EXPORT_COLUMNS.map((c) => esc(e[c])).join(","))].join("\r\n") + "\r\n";
    type = "text/csv";
  } else {
    body = JSON.stringify({ filter: eventParams(), total: all.length, events: all }, null, 1);
    type = "application/json";
  }
  const a = el("a", { href: URL.createObjectURL(new Blob([body], { type })), download: `flashpoint-events.${format}` });
  document.body.appendChild(a);
  a.click();
  a.remove();
}

// -- the event ----------------------------------------------------------------------------------
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


// how a mention's date was found (the record's date_basis), in words for the reader
const DATE_BASES = { carried: "told of it in another sentence", story: "the story's day" };
function dateNote(m) {
  if (m.date_basis === "published") return " · no date in the text: the day of publication";
  if (!m.date_text) return "";
  const how = DATE_BASES[m.date_basis];
  return ` · date from “${m.date_text}”${how ? ` (${how})` : ""}`;
}

function clearDetail() {
  const box = clear($("detail"));
  delete box.dataset.event;
  box.appendChild(el("p", { class: "muted" }, "Click an event to read the sentences it was coded from."));
}

async function openEvent(id) {
  for (const tr of document.querySelectorAll("#events-table tbody tr")) tr.classList.toggle("selected", tr.dataset.event === id);
  const box = $("detail");
  const ev = await api(`/api/events/${encodeURIComponent(id)}`);
  clear(box);
  box.dataset.event = ev.event_id;
  const head = el("div", { class: "head" });
  head.appendChild(el("div", {}, `${ev.date || "undated"}: ${actorLabel(ev.source_name, ev.source_code)} → ${actorLabel(ev.target_name, ev.target_code)}`));
  head.appendChild(el("div", {}, `CAMEO ${ev.cameo} ${ev.cameo_name || ""} · Goldstein ${ev.goldstein} · QuadClass ${ev.quad_class}` +
    (ev.plover_type ? ` · PLOVER ${ev.plover_type}${ev.plover_mode ? "/" + ev.plover_mode : ""}` : "")));
  head.appendChild(el("div", { class: "confidence" }, `confidence ${ev.confidence === null || ev.confidence === undefined ? "–" : ev.confidence.toFixed(2)}`));
  head.appendChild(el("div", { class: "muted small" }, `${plural(ev.mentions, "mention")} in ${plural(ev.articles, "article")} from ${plural(ev.sources, "source")}` +
    (ev.location_name ? ` · ${ev.location_name}${ev.location_country ? " (" + ev.location_country + ")" : ""}` : "")));
  box.appendChild(head);
  box.appendChild(flagBox(ev));
  for (const m of ev.mention_records) {
    const div = el("div", { class: "mention" });
    const art = m.article || {};
    const line = el("div", { class: "article" }, [art.title || m.article_id, art.source, art.published].filter(Boolean).join(" · "));
    if (art.url && /^https?:\/\//i.test(art.url)) {
      line.appendChild(document.createTextNode(" · "));
      line.appendChild(el("a", { href: art.url, rel: "noopener noreferrer", target: "_blank", class: "link" }, "article"));
    }
    div.appendChild(line);
    const ctx = m.context || {};
    if (ctx.before) div.appendChild(el("p", { class: "context before" }, ctx.before));
    div.appendChild(highlighted(m.sentence, m.highlights));
    if (ctx.after) div.appendChild(el("p", { class: "context after" }, ctx.after));
    div.appendChild(el("div", { class: "muted small date-basis" }, `trigger “${m.trigger}”${dateNote(m)}`));
    if (m.explain && typeof m.explain === "object") {
      const parts = Object.entries(m.explain).filter(([, v]) => v !== null && typeof v !== "object").map(([k, v]) => `${k}: ${v}`);
      if (parts.length) div.appendChild(el("div", { class: "muted small lexicon" }, `lexicon: ${parts.join(" · ")}`));
    }
    box.appendChild(div);
  }
  const sentence = box.querySelector(".sentence");
  if (sentence && sentence.scrollIntoView) sentence.scrollIntoView({ block: "center" });
}

// the "wrong event" flag: stored with the event, left out of every count when "exclude flagged" is on
function flagBox(ev) {
  const div = el("div", { class: ev.flag ? "flag flagged" : "flag" });
  if (ev.flag) {
    div.appendChild(el("span", { class: "flag-state" }, `Flagged as a wrong event${ev.flag.note ? `: “${ev.flag.note}”` : ""} (${ev.flag.flagged_at.slice(0, 10)})`));
  }
  const note = el("input", { type: "text", maxlength: 2000, placeholder: "why (optional)", class: "flag-note", hidden: ev.flag ? "" : null });
  const b = el("button", { type: "button", class: "flag-button" }, ev.flag ? "Remove the flag" : "Flag as wrong event");
  b.addEventListener("click", async () => {
    const url = `/api/events/${encodeURIComponent(ev.event_id)}/flag`;
    const resp = ev.flag ? await fetch(url, { method: "DELETE" })
      : await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ note: note.value || null }) });
    const data = await resp.json();
    if (!resp.ok) { showMessage(data.error ? data.error.message : `HTTP ${resp.status}`, data.error && data.error.code); return; }
    seen.generation = data.generation; // our own write: no "new data" notice
    render("all");
  });
  if (window.fpStatus && window.fpStatus.server.read_only) {
    b.disabled = true;
    b.title = "the server opened the store read-only";
  }
  if (!ev.flag) div.appendChild(note);
  div.appendChild(b);
  return div;
}

// named actor groups (serve --groups) are one node each unless the box is unticked; an actor in several
// groups is counted once (the server's rule), and the note under the chart says where
async function loadNetwork() {
  const groups = Boolean(window.fpStatus && (window.fpStatus.server.groups || []).length);
  $("fold-groups-box").hidden = !groups;
  const net = await api("/api/network", { since: state.since, until: state.until, top: 30, group_by: state.group_by,
    fold_groups: groups && state.fold === "1" ? "true" : "", ...xf() });
  clear($("network")).appendChild(networkChart(net, (id) => {
    if (id === state.a) return;
    navigate({ b: id, period: "", offset: 0, event: "" });
  }));
  $("network-overlaps").textContent = net.overlaps.length ? "In several groups, counted once: " + net.overlaps.map((o) =>
    `${actorLabel(o.name, o.actor)} in ${o.groups.join(" and ")}, counted in ${o.counted_in} (${plural(o.events, "event")})`).join("; ") + "." : "";
}

async function loadMap() {
  const data = await api("/api/places", { pair: `${state.a},${state.b}`, since: state.since, until: state.until, top: 200, ...xf() });
  const borders = await loadBorders(mapView(data.places)); // null without them: the places alone
  clear($("map")).appendChild(mapChart(data.places, { borders, selected: state.place,
    onPlace: (place) => navigate({ place: place === state.place ? "" : place, offset: 0 }) }));
  const skipped = data.places.filter((p) => !p.country);
  $("map-skipped").textContent = skipped.length ? `Not drawn (no country): ${skipped.map((p) => `${p.name} (${p.events})`).join(", ")}.` : "";
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
  window.fpStatus = await loadStatus().catch((err) => { showMessage(err.message); return null; });
  render("all");
}

function formValues() {
  return { a: $("actor-a").value.trim(), b: $("actor-b").value.trim(), since: $("since").value, until: $("until").value,
    freq: $("freq").value, group_by: $("group-by").value, sens: $("sensitivity").value,
    xf: $("exclude-flagged").checked ? "1" : "" };
}

async function init() {
  $("controls").addEventListener("submit", (ev) => { ev.preventDefault(); navigate({ ...formValues(), period: "", offset: 0, event: "" }); });
  for (const id of ["group-by", "sensitivity", "freq", "exclude-flagged"]) $(id).addEventListener("change", () => navigate({ ...formValues() }));
  $("measure").addEventListener("change", () => navigate({ measure: $("measure").value }, "timeline"));
  $("fold-groups").addEventListener("change", () => navigate({ fold: $("fold-groups").checked ? "1" : "0" }, "network"));
  $("direction").addEventListener("change", () => navigate({ dir: $("direction").value, offset: 0 }, "events"));
  $("quad").addEventListener("change", () => navigate({ quad: $("quad").value, offset: 0 }, "events"));
  $("min-confidence").addEventListener("change", () => navigate({ conf: $("min-confidence").value, offset: 0 }, "events"));
  $("cameo").addEventListener("change", () => navigate({ cameo: $("cameo").value.trim(), offset: 0 }, "events"));
  $("search").addEventListener("input", () => {
    // the server searches the whole filter: once typing pauses, the first page of what matches; the
    // search replaces its history entry rather than adding one per keystroke
    clearTimeout(searchTimer);
    document.body.dataset.ready = "0";
    searchTimer = setTimeout(() => {
      state = { ...state, q: $("search").value, offset: 0 };
      history.replaceState(null, "", toHash(state));
      render("events");
    }, SEARCH_MS);
  });
  for (const th of document.querySelectorAll("#events-table th[data-sort]")) {
    th.addEventListener("click", () => {
      const k = th.dataset.sort;
      state.sort = state.sort === k ? `-${k}` : k;
      history.pushState(null, "", toHash(state));
      drawRows();
    });
  }
  $("prev").addEventListener("click", () => navigate({ offset: Math.max(0, state.offset - PAGE) }, "events"));
  $("next").addEventListener("click", () => navigate({ offset: state.offset + PAGE }, "events"));
  $("period-clear").addEventListener("click", () => navigate({ period: "", offset: 0 }, "events"));
  $("place-clear").addEventListener("click", () => navigate({ place: "", offset: 0 }, "all"));
  $("export-csv").addEventListener("click", () => exportEvents("csv").catch((err) => showMessage(err.message, err.code)));
  $("export-json").addEventListener("click", () => exportEvents("json").catch((err) => showMessage(err.message, err.code)));
  for (const id of ["actor-a", "actor-b"]) $(id).addEventListener("input", (ev) => suggest(ev.target));
  $("refresh").addEventListener("click", refresh);
  window.addEventListener("popstate", () => { state = fromHash(); render("all"); });
  await checkGeneration().catch(() => {}); // before reading: a write meanwhile shows the notice
  setInterval(() => { checkGeneration().catch(() => {}); }, POLL_MS); // a server restarting: try at the next tick
  try {
    window.fpStatus = await loadStatus();
  } catch (err) {
    showMessage(err.message);
  }
  state = fromHash();
  if (!state.a && !state.b) {
    const st = window.fpStatus;
    const pair = st && (st.top_pairs || []).find((p) => p.source !== p.target && p.source !== "-" && p.target !== "-");
    if (pair) {
      state.a = pair.source;
      state.b = pair.target;
      history.replaceState(null, "", toHash(state));
    }
  }
  if (state.a && state.b) render("all");
  else { writeForm(); document.body.dataset.ready = "1"; }
}

init();
