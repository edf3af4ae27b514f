// The event detail: its fields, and every report of it with the evidence sentence
// highlighted in its paragraph and a link to the source.

import { el, formatNumber } from "./api.js";
import { colorOf } from "./colors.js";

const TIME_PRECISION = { 1: "day", 2: "week", 3: "month" };
const GEO_PRECISION = { 1: "town", 2: "near a town / district", 3: "province" };

function row(label, value) {
  if (value === null || value === undefined || value === "") return null;
  return [el("dt", {}, label), el("dd", {}, String(value))];
}

/** A paragraph with characters [start, end) marked; falls back to the sentence alone. */
function evidence(mention) {
  const paragraph = mention.paragraph || "";
  const span = mention.paragraph_evidence;
  if (paragraph && Array.isArray(span) && span[1] > span[0] && span[1] <= paragraph.length) {
    return el("p", { class: "paragraph" },
      paragraph.slice(0, span[0]),
      el("mark", {}, paragraph.slice(span[0], span[1])),
      paragraph.slice(span[1]));
  }
  return el("p", { class: "paragraph" }, el("mark", {}, mention.evidence || ""));
}

/** A link only for web addresses: anything else in a stored URL stays plain text. */
function sourceLink(mention) {
  const label = mention.source || mention.outlet || "source";
  if (mention.url && /^https?:\/\//i.test(mention.url)) {
    return el("a", { href: mention.url, target: "_blank", rel: "noopener noreferrer", class: "source" }, label);
  }
  return el("span", { class: "source" }, label);
}

function mentionBlock(mention) {
  return el("section", { class: "mention" },
    el("h4", {}, sourceLink(mention),
      mention.published ? el("span", { class: "published" }, ` · ${mention.published.slice(0, 10)}`) : null),
    mention.title ? el("p", { class: "title" }, mention.title) : null,
    evidence(mention));
}

/** Show `event` (from /api/events/{id}) in `box`; `onClose` and `onLocate` are the buttons. */
export function renderDetail(box, event, { onClose, onLocate }) {
  const mentions = event.mentions || [];
  box.replaceChildren(
    el("header", {},
      el("span", { class: "dot", style: `background:${colorOf(event.event_type)}` }),
      el("h3", {}, event.sub_event_type || event.event_type || "Event"),
      el("button", { type: "button", class: "locate", onclick: onLocate }, "Show on map"),
      el("button", { type: "button", class: "close", onclick: onClose, "aria-label": "Close" }, "×")),
    el("dl", {},
      row("Date", event.event_date ? `${event.event_date} (${TIME_PRECISION[event.time_precision] || "?"})` : "undated"),
      row("Type", event.event_type),
      row("Actor 1", event.actor1),
      row("Actor 2", event.actor2),
      row("Place", [event.location, event.admin2, event.admin1, event.country].filter(Boolean).join(", ")),
      row("Coordinates", event.latitude != null
        ? `${event.latitude}, ${event.longitude} (${GEO_PRECISION[event.geo_precision] || "?"})` : null),
      row("Fatalities", formatNumber(event.fatalities)),
      row("Injuries", event.injuries),
      row("Confidence", event.confidence),
      row("Sources", event.source)),
    el("h4", { class: "evidence-head" }, mentions.length === 1 ? "Evidence" : `Evidence (${mentions.length} reports)`),
    ...(mentions.length ? mentions.map(mentionBlock) : [el("p", { class: "paragraph" }, el("mark", {}, event.notes || ""))]));
  box.hidden = false;
}
