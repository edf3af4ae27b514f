// The timeline: events per day, week or month as bars, with a brush that sets the date filter.

const SVG = "http://www.w3.org/2000/svg";
const DAY = 86400000;
const MIN_SPAN = 30 * DAY;
const MARGIN = { left: 34, right: 8, top: 6, bottom: 18 };

function svgEl(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

/** Milliseconds (UTC) of a YYYY-MM-DD or YYYY-MM date. */
function toTime(period) {
  const text = period.length === 7 ? `${period}-01` : period.slice(0, 10);
  return Date.parse(`${text}T00:00:00Z`);
}

function isoDate(time) {
  return new Date(time).toISOString().slice(0, 10);
}

/** The first instant after a bucket that starts at `start`. */
function bucketEnd(start, interval) {
  if (interval === "day") return start + DAY;
  if (interval === "week") return start + 7 * DAY;
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/** The start of the week (Monday) or month holding `time`, or `time` itself for days. */
function bucketStart(time, interval) {
  const date = new Date(time);
  if (interval === "week") return time - ((date.getUTCDay() + 6) % 7) * DAY;
  if (interval === "month") return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  return time;
}

/**
 * Daily buckets ({period, events, fatalities}) regrouped into days, weeks or months, whichever
 * keeps their span to a readable number of bars: {interval, buckets: [{period, start, end, ...}]}.
 */
export function binDays(days) {
  const dated = days.filter((b) => b.period).map((b) => ({ ...b, time: toTime(b.period) }));
  if (!dated.length) return { interval: "day", buckets: [] };
  const span = (Math.max(...dated.map((b) => b.time)) - Math.min(...dated.map((b) => b.time))) / DAY;
  const interval = span <= 92 ? "day" : span <= 730 ? "week" : "month";
  const bins = new Map();
  for (const day of dated) {
    const start = bucketStart(day.time, interval);
    const bin = bins.get(start) || { start, end: bucketEnd(start, interval), events: 0, fatalities: 0 };
    bin.events += day.events;
    bin.fatalities += day.fatalities || 0;
    bins.set(start, bin);
  }
  const buckets = [...bins.values()].sort((a, b) => a.start - b.start);
  for (const bin of buckets) {
    bin.period = interval === "month" ? isoDate(bin.start).slice(0, 7) : isoDate(bin.start);
  }
  return { interval, buckets };
}

/** Axis labels between t0 and t1: years over long spans, months over shorter, else days. */
function axisTicks(t0, t1) {
  const ticks = [];
  const first = new Date(t0);
  const days = (t1 - t0) / DAY;
  if (days > 3 * 365) {
    for (let year = first.getUTCFullYear(); Date.UTC(year, 0, 1) <= t1; year += 1) {
      ticks.push([Date.UTC(year, 0, 1), String(year)]);
    }
  } else if (days > 92) {
    for (let m = first.getUTCMonth(); Date.UTC(first.getUTCFullYear(), m, 1) <= t1; m += 1) {
      const time = Date.UTC(first.getUTCFullYear(), m, 1);
      ticks.push([time, isoDate(time).slice(0, 7)]);
    }
  } else {
    for (let time = t0; time <= t1; time += DAY) ticks.push([time, isoDate(time).slice(5)]);
  }
  return ticks.filter(([time]) => time >= t0);
}

export class Timeline {
  /** `onBrush(since, until)` gets ISO dates, or nulls when the brush is cleared. */
  constructor(svg, onBrush) {
    this.svg = svg;
    this.onBrush = onBrush;
    this.buckets = [];
    this.range = null;
    this.drag = null;
    svg.addEventListener("pointerdown", (e) => this.start(e));
    svg.addEventListener("pointermove", (e) => this.move(e));
    svg.addEventListener("pointerup", (e) => this.end(e));
    new ResizeObserver(() => this.draw()).observe(svg);
  }

  /** Show `binned` (from binDays); `since`/`until` mark the brushed range. */
  render(binned, since, until) {
    this.interval = binned.interval;
    this.buckets = binned.buckets;
    this.since = since;
    this.until = until;
    this.draw();
  }

  scale() {
    const width = this.svg.clientWidth || 600;
    const height = this.svg.clientHeight || 110;
    let t0 = Math.min(...this.buckets.map((b) => b.start));
    let t1 = Math.max(...this.buckets.map((b) => b.end));
    const widen = Math.max(0, MIN_SPAN - (t1 - t0)); // a few days would make a wall of bars
    t0 -= Math.floor(widen / 2 / DAY) * DAY;
    t1 += Math.ceil(widen / 2 / DAY) * DAY;
    const span = t1 - t0;
    const inner = width - MARGIN.left - MARGIN.right;
    return {
      width, height, t0, t1,
      x: (t) => MARGIN.left + ((t - t0) / span) * inner,
      t: (x) => t0 + ((x - MARGIN.left) / inner) * span,
    };
  }

  draw() {
    this.svg.replaceChildren();
    if (!this.buckets.length) {
      const text = svgEl("text", { x: 12, y: 40, class: "empty" });
      text.textContent = "No dated events match.";
      this.svg.append(text);
      return;
    }
    const s = this.scale();
    const plotBottom = s.height - MARGIN.bottom;
    const max = Math.max(1, ...this.buckets.map((b) => b.events));
    const y = (v) => plotBottom - (v / max) * (plotBottom - MARGIN.top);
    for (const b of this.buckets) {
      const x0 = s.x(b.start);
      const bar = svgEl("rect", {
        x: x0, y: y(b.events), width: Math.max(1.5, s.x(b.end) - x0 - 1),
        height: plotBottom - y(b.events), class: "bar",
      });
      const title = svgEl("title", {});
      title.textContent = `${b.period}: ${b.events} events, ${b.fatalities || 0} fatalities`;
      bar.append(title);
      this.svg.append(bar);
    }
    this.axis(s, plotBottom, max, y);
    this.drawBrush(s, plotBottom);
  }

  axis(s, plotBottom, max, y) {
    this.svg.append(svgEl("line", {
      x1: MARGIN.left, x2: s.width - MARGIN.right, y1: plotBottom, y2: plotBottom, class: "axis",
    }));
    const label = svgEl("text", { x: MARGIN.left - 4, y: y(max) + 8, class: "tick", "text-anchor": "end" });
    label.textContent = String(max);
    this.svg.append(label);
    const ticks = axisTicks(s.t0, s.t1);
    const step = Math.max(1, Math.ceil(ticks.length / Math.max(2, Math.floor(s.width / 90))));
    ticks.filter((_, i) => i % step === 0).forEach(([time, text]) => {
      const x = s.x(time);
      if (x < MARGIN.left || x > s.width - 24) return; // a label cut by the edge helps no one
      const tick = svgEl("text", { x, y: s.height - 4, class: "tick", "text-anchor": "middle" });
      tick.textContent = text;
      this.svg.append(tick);
    });
  }

  drawBrush(s, plotBottom) {
    let from = null;
    let to = null;
    if (this.drag) {
      from = Math.min(this.drag.x0, this.drag.x1);
      to = Math.max(this.drag.x0, this.drag.x1);
    } else if (this.since || this.until) {
      from = s.x(this.since ? Math.max(s.t0, toTime(this.since)) : s.t0);
      to = s.x(this.until ? Math.min(s.t1, toTime(this.until) + DAY) : s.t1);
    }
    if (from === null || to <= from) return;
    this.svg.append(svgEl("rect", {
      x: from, y: MARGIN.top - 4, width: Math.max(2, to - from),
      height: plotBottom - MARGIN.top + 4, class: "brush",
    }));
  }

  localX(event) {
    return event.clientX - this.svg.getBoundingClientRect().left;
  }

  start(event) {
    if (!this.buckets.length) return;
    this.svg.setPointerCapture(event.pointerId);
    this.drag = { x0: this.localX(event), x1: this.localX(event) };
  }

  move(event) {
    if (!this.drag) return;
    this.drag.x1 = this.localX(event);
    this.draw();
  }

  end(event) {
    if (!this.drag) return;
    const { x0 } = this.drag;
    const x1 = this.localX(event);
    this.drag = null;
    if (Math.abs(x1 - x0) < 4) {
      this.onBrush(null, null);
      return;
    }
    const s = this.scale();
    // Snap to whole buckets, so the filter matches the bars the brush covers.
    const lo = s.t(Math.min(x0, x1));
    const hi = s.t(Math.max(x0, x1));
    const covered = this.buckets.filter((b) => b.end > lo && b.start < hi);
    if (!covered.length) {
      this.draw();
      return;
    }
    const since = Math.min(...covered.map((b) => b.start));
    const until = Math.max(...covered.map((b) => b.end)) - DAY;
    this.onBrush(isoDate(since), isoDate(until));
  }
}
