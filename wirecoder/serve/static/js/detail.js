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

/** A paragraph with each [start, end) of `spans` marked (sorted, not overlapping). */
function marked(paragraph, spans) {
  const parts = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue; // overlapping evidence: the first one is marked
    parts.push(paragraph.slice(at, start), el("mark", {}, paragraph.slice(start, end)));
    at = end;
  }
  parts.push(paragraph.slice(at));
  return el("p", { class: "paragraph" }, parts);
}

/** The paragraphs of one article's mentions, each with its evidence sentences marked. */
function paragraphs(mentions) {
  const byText = new Map();
  const alone = [];
  for (const mention of mentions) {
    const text = mention.paragraph || "";
    const span = mention.paragraph_evidence;
    if (text && Array.isArray(span) && span[1] > span[0] && span[1] <= text.length) {
      if (!byText.has(text)) byText.set(text, []);
      byText.get(text).push(span);
    } else {
      alone.push(el("p", { class: "paragraph" }, el("mark", {}, mention.evidence || "")));
    }
  }
  const shown = [...byText.entries()].map(([text, spans]) => marked(text, spans.sort((x, y) => x[0] - y[0])));
  return [...shown, ...alone];
}

/** A link only for web addresses: anything else in a stored URL stays plain text. */
function sourceLink(mention) {
  const label = mention.source || mention.outlet || "source";
  if (mention.url && /^https?:\/\//i.test(mention.url)) {
    return el("a", { href: mention.url, target: "_blank", rel: "noopener noreferrer", class: "source" }, label);
  }
  return el("span", { class: "source" }, label);
}

/** One article's report: outlet, date, title and its evidence in context. */
function articleBlock(mentions) {
  const first = mentions[0];
  return el("section", { class: "mention" },
    el("h4", {}, sourceLink(first),
      first.published ? el("span", { class: "published" }, ` · ${first.published.slice(0, 10)}`) : null),
    first.title ? el("p", { class: "title" }, first.title) : null,
    paragraphs([...mentions].sort((x, y) => (x.start || 0) - (y.start || 0))));
}

function byArticle(mentions) {
  const groups = new Map();
  for (const mention of mentions) {
    if (!groups.has(mention.article_id)) groups.set(mention.article_id, []);
    groups.get(mention.article_id).push(mention);
  }
  return [...groups.values()];
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Show `event` (from /api/events/{id}) in `box`; `onClose` and `onLocate` are the buttons. */
export function renderDetail(box, event, { onClose, onLocate }) {
  const mentions = event.mentions || [];
  const articles = byArticle(mentions);
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
    el("h4", { class: "evidence-head" },
      `Evidence: ${plural(mentions.length, "sentence")} in ${plural(articles.length, "article")}`),
    ...(articles.length ? articles.map(articleBlock)
      : [el("p", { class: "paragraph" }, el("mark", {}, event.notes || ""))]));
  box.hidden = false;
}
