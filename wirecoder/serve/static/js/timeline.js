// The timeline: events per day, week or month as bars, with a brush that sets the date filter.

const SVG = "http://www.w3.org/2000/svg";
const DAY = 86400000;
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

/** The bucket size that keeps a span of dates to a readable number of bars. */
export function intervalFor(first, last) {
  const days = (toTime(last) - toTime(first)) / DAY;
  if (days <= 92) return "day";
  if (days <= 730) return "week";
  return "month";
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

  /** Show `buckets` ({period, events, fatalities}); `since`/`until` mark the brushed range. */
  render(buckets, interval, since, until) {
    this.interval = interval;
    this.buckets = buckets
      .filter((b) => b.period)
      .map((b) => ({ ...b, start: toTime(b.period), end: bucketEnd(toTime(b.period), interval) }));
    this.since = since;
    this.until = until;
    this.draw();
  }

  scale() {
    const width = this.svg.clientWidth || 600;
    const height = this.svg.clientHeight || 110;
    const t0 = Math.min(...this.buckets.map((b) => b.start));
    const t1 = Math.max(...this.buckets.map((b) => b.end));
    const span = Math.max(DAY, t1 - t0);
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
    this.svg.append(svgEl("line", { x1: MARGIN.left, x2: s.width - MARGIN.right, y1: plotBottom, y2: plotBottom, class: "axis" }));
    const label = svgEl("text", { x: MARGIN.left - 4, y: y(max) + 8, class: "tick", "text-anchor": "end" });
    label.textContent = String(max);
    this.svg.append(label);
    const first = new Date(s.t0).getUTCFullYear();
    const last = new Date(s.t1).getUTCFullYear();
    const yearStep = Math.max(1, Math.ceil((last - first + 1) / 10));
    const ticks = last > first
      ? Array.from({ length: last - first + 1 }, (_, i) => first + i)
        .filter((year) => (year - first) % yearStep === 0)
        .map((year) => [Date.UTC(year, 0, 1), String(year)])
      : this.monthTicks(s);
    for (const [time, text] of ticks) {
      if (time < s.t0 || time > s.t1) continue;
      const tick = svgEl("text", { x: s.x(time), y: s.height - 4, class: "tick", "text-anchor": "middle" });
      tick.textContent = text;
      this.svg.append(tick);
    }
  }

  monthTicks(s) {
    const ticks = [];
    const date = new Date(s.t0);
    for (let m = date.getUTCMonth(); ; m += 1) {
      const time = Date.UTC(date.getUTCFullYear(), m, 1);
      if (time > s.t1) break;
      ticks.push([time, isoDate(time).slice(0, 7)]);
    }
    const step = Math.max(1, Math.ceil(ticks.length / 8));
    return ticks.filter((_, i) => i % step === 0);
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
