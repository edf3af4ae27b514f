// The event list: one page of the matching events, newest first.

import { el, formatNumber } from "./api.js";
import { colorOf } from "./colors.js";

function actors(event) {
  return [event.actor1, event.actor2].filter(Boolean).join(" vs ");
}

function place(event) {
  return [event.location, event.admin1, event.country]
    .filter((part, i, all) => part && all.indexOf(part) === i).join(", ");
}

/** Fill `list` with `events`; `onSelect(eventId)` runs when one is chosen. */
export function renderList(list, events, selectedId, onSelect) {
  list.replaceChildren(...events.map((event) => {
    const item = el("li", {
      class: event.event_id === selectedId ? "event selected" : "event",
      "data-event-id": event.event_id,
      tabindex: 0,
      onclick: () => onSelect(event.event_id),
      onkeydown: (e) => { if (e.key === "Enter") onSelect(event.event_id); },
    },
    el("span", { class: "dot", style: `background:${colorOf(event.event_type)}`, title: event.event_type || "" }),
    el("span", { class: "date" }, event.event_date || "undated"),
    el("span", { class: "type" }, event.sub_event_type || event.event_type || "(no ACLED type)"),
    event.fatalities ? el("span", { class: "deaths", title: "fatalities" }, `† ${formatNumber(event.fatalities)}`) : null,
    el("span", { class: "where" }, place(event)),
    el("span", { class: "who" }, actors(event)));
    return item;
  }));
  if (!events.length) list.append(el("li", { class: "none" }, "No event matches these filters."));
}
