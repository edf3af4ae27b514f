// The explorer: one state (in the URL), and every view redrawn from it.
// <body data-state> is "loading" while requests are out and "ready" once everything is drawn.

import { getJSON, formatNumber } from "./api.js";
import { renderDetail } from "./detail.js";
import { FilterPanel } from "./filters.js";
import { renderList } from "./list.js";
import { EventMap } from "./map.js";
import { PAGE_SIZE, filterQuery, readState, writeState } from "./state.js";
import { Timeline, binDays } from "./timeline.js";

const MAP_POINTS = 10000; // the most events drawn on the map; the list pages through the rest
// What the map shows of an event (its colour, tooltip and popup list): a fifth of a whole row.
const MAP_FIELDS = "event_id,event_date,event_type,sub_event_type,location,country";

let state = readState();
let facets = null;
let pending = null; // the AbortController of the requests in flight
const $ = (id) => document.getElementById(id);

function busy(on) {
  document.body.dataset.state = on ? "loading" : "ready";
}

/** Show a failed request; `null` hides the last one (a notice stays until the filter changes). */
function showError(error) {
  if (error && error.name === "AbortError") return;
  const box = $("error");
  if (!error && box.dataset.kind !== "error") return;
  box.dataset.kind = "error";
  box.textContent = error ? `Could not load: ${error.message}` : "";
  box.hidden = !error;
}

function showNotice(text) {
  const box = $("error");
  box.dataset.kind = text ? "notice" : "";
  box.textContent = text;
  box.hidden = !text;
}

function sameFilter(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Apply a new filter: first page, a new history entry, and the map fitted to the result. */
function setFilter(filter) {
  if (sameFilter(filter, state.filter)) return;
  showNotice("");
  state = { ...state, filter, offset: 0, map: null };
  panel.set(filter);
  writeState(state, true);
  refresh(true);
}

const panel = new FilterPanel($("filters"), setFilter);
const map = new EventMap($("map"), {
  onSelect: (id) => select(id),
  onCountry: (iso3) => setFilter({ ...state.filter, country: panel.countryName(iso3), admin1: undefined }),
  onAdmin1: (country, admin1) => setFilter({ ...state.filter, country, admin1 }),
  onMove: (view) => {
    state = { ...state, map: view };
    writeState(state, false);
  },
});
const timeline = new Timeline($("timeline"), (since, until) => {
  const filter = { ...state.filter };
  delete filter.since;
  delete filter.until;
  if (since) filter.since = since;
  if (until) filter.until = until;
  setFilter(filter);
});

function clean(filter) {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v));
}

function updateExports() {
  const query = filterQuery(state.filter).toString();
  const suffix = query ? `?${query}` : "";
  $("export-csv").href = `/api/events.csv${suffix}`;
  $("export-geojson").href = `/api/events.geojson${suffix}`;
}

async function loadPage(signal) {
  const query = filterQuery(state.filter, { limit: PAGE_SIZE, offset: state.offset, sort: "-event_date" });
  const page = await getJSON("/api/events", query, signal);
  renderList($("events"), page.events, state.event, select);
  const last = Math.min(page.total, state.offset + page.events.length);
  $("page-label").textContent = page.total ? `${state.offset + 1}–${last} of ${formatNumber(page.total)}` : "0";
  $("prev").disabled = state.offset === 0;
  $("next").disabled = last >= page.total;
  return page;
}

/** Fetch and draw everything the filter changes; `fit` zooms the map to the result. */
async function refresh(fit) {
  if (pending) pending.abort();
  pending = new AbortController();
  const { signal } = pending;
  state.filter = clean(state.filter);
  busy(true);
  updateExports();
  try {
    const [page, points, buckets, admin1, countries] = await Promise.all([
      loadPage(signal),
      getJSON("/api/events.geojson", filterQuery(state.filter, { limit: MAP_POINTS, fields: MAP_FIELDS }), signal),
      // Days, regrouped here to fit the span; the timeline ignores the date filter so the brush
      // can always be moved or widened.
      getJSON("/api/stats/timeline", filterQuery(state.filter, { interval: "day" }, ["since", "until"]), signal),
      getJSON("/api/stats/places", filterQuery(state.filter, { level: "admin1" }), signal),
      getJSON("/api/stats/places", filterQuery(state.filter, { level: "country" }), signal),
    ]);
    map.setEvents(points.features || []);
    map.showAdmin1(admin1.places);
    map.shadeCountries(countries.places);
    if (fit) map.fit(panel.countryIso3(state.filter.country));
    const binned = binDays(buckets.buckets);
    $("timeline-interval").textContent = `(events per ${binned.interval})`;
    timeline.render(binned, state.filter.since, state.filter.until);
    const deaths = countries.places.reduce((sum, p) => sum + (p.fatalities || 0), 0);
    const shown = (points.features || []).length;
    $("summary").textContent = `${formatNumber(page.total)} events · ${formatNumber(deaths)} fatalities`
      + (shown < page.total ? ` · map shows ${formatNumber(shown)}` : "");
    showError(null);
    busy(false);
  } catch (error) {
    showError(error);
    if (error.name !== "AbortError") busy(false);
  }
}

async function select(eventId, push = true) {
  state = { ...state, event: eventId };
  writeState(state, push);
  for (const item of $("events").querySelectorAll("li.event")) {
    item.classList.toggle("selected", item.dataset.eventId === eventId);
  }
  if (!eventId) {
    $("detail").hidden = true;
    map.select(null);
    return;
  }
  try {
    const event = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
    renderDetail($("detail"), event, { onClose: () => select(null), onLocate: () => map.panTo(event) });
    map.select(event);
  } catch (error) {
    // An event id from an old link may have gone (re-ingested text): say so, and forget it.
    state = { ...state, event: null };
    writeState(state, false);
    $("detail").hidden = true;
    showError(error);
  }
}

async function turnPage(step) {
  state = { ...state, offset: Math.max(0, state.offset + step * PAGE_SIZE) };
  writeState(state, true);
  busy(true);
  try {
    await loadPage();
    busy(false);
  } catch (error) {
    showError(error);
    busy(false);
  }
}

/** Redraw from the URL (at start, and when the browser goes back or forward). */
function restore() {
  state = readState();
  if (state.ignored.length) {
    showNotice(`Ignored invalid parameters in the address: ${state.ignored.join(", ")}.`);
  }
  panel.set(state.filter);
  if (state.map) map.setView(state.map);
  refresh(!state.map);
  select(state.event, false);
}

async function start() {
  $("prev").addEventListener("click", () => turnPage(-1));
  $("next").addEventListener("click", () => turnPage(1));
  window.addEventListener("popstate", restore);
  try {
    const [loadedFacets, outlines] = await Promise.all([
      getJSON("/api/facets"),
      getJSON("/basemap/countries.geojson"),
    ]);
    facets = loadedFacets;
    panel.setFacets(facets);
    map.setOutlines(outlines);
  } catch (error) {
    showError(error);
    busy(false);
    return;
  }
  restore();
}

// For tests and the curious: how many markers and events the map shows.
window.explorer = { mapCounts: () => map.counts() };
start();
