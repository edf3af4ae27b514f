// The view's state lives in the URL query, so a view can be bookmarked, shared and reloaded.

export const FILTER_KEYS = [
  "since", "until", "country", "admin1", "event_type", "sub_event_type",
  "actor", "min_fatalities", "text",
];
export const PAGE_SIZE = 50;

function parseView(value) {
  const parts = (value || "").split(",").map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  return { lat: parts[0], lng: parts[1], zoom: parts[2] };
}

function isDay(value) {
  const time = Date.parse(`${value}T00:00:00Z`);
  // Date.parse rolls 2023-02-30 over to March: the day must read back as written.
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time)
    && new Date(time).toISOString().startsWith(value);
}

// Values the API would refuse; a hand-edited address drops them instead of failing the page.
const VALID = {
  since: isDay,
  until: isDay,
  min_fatalities: (value) => /^\d{1,9}$/.test(value),
};

/** The state a query string describes: {filter, event, offset, map, ignored}. */
export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const filter = {};
  const ignored = [];
  for (const key of FILTER_KEYS) {
    const value = (params.get(key) || "").trim();
    if (!value) continue;
    if (VALID[key] && !VALID[key](value)) ignored.push(`${key}=${value}`);
    else filter[key] = value;
  }
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  return {
    filter, event: params.get("event") || null, offset, map: parseView(params.get("map")), ignored,
  };
}

/** The filter as API query parameters, plus `extra` ones; `omit` leaves some filters out. */
export function filterQuery(filter, extra = {}, omit = []) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    if (filter[key] && !omit.includes(key)) params.set(key, filter[key]);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  return params;
}

/** Put `state` into the address bar: a new history entry when `push`, else in place. */
export function writeState(state, push) {
  const params = filterQuery(state.filter);
  if (state.offset) params.set("offset", String(state.offset));
  if (state.event) params.set("event", state.event);
  if (state.map) {
    const { lat, lng, zoom } = state.map;
    params.set("map", `${lat.toFixed(3)},${lng.toFixed(3)},${zoom}`);
  }
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  window.history[push ? "pushState" : "replaceState"](null, "", url);
}
