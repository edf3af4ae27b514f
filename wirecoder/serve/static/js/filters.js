// The filter panel: options from /api/facets, values to and from the state's filter.

import { el, formatNumber } from "./api.js";
import { TYPE_COLORS, colorOf } from "./colors.js";
import { FILTER_KEYS } from "./state.js";

const TYPED = new Set(["actor", "admin1", "text"]); // applied after a pause in typing

export class FilterPanel {
  /** `onChange(filter)` gets the whole new filter whenever a field changes. */
  constructor(form, onChange) {
    this.form = form;
    this.onChange = onChange;
    this.facets = { countries: [], event_types: {} };
    this.timer = null;
    form.addEventListener("submit", (e) => e.preventDefault());
    form.addEventListener("change", (e) => this.changed(e.target, true));
    form.addEventListener("input", (e) => {
      if (TYPED.has(e.target.name)) this.changed(e.target, false);
    });
    form.querySelector("#clear").addEventListener("click", () => {
      this.set({});
      this.onChange({});
    });
  }

  field(name) {
    return this.form.elements.namedItem(name);
  }

  /** Fill the country and type lists from /api/facets. */
  setFacets(facets) {
    this.facets = facets;
    const country = this.field("country");
    country.replaceChildren(el("option", { value: "" }, "All countries"),
      ...facets.countries.map((c) => el("option", { value: c.country },
        `${c.country} (${formatNumber(c.events)})`)));
    const type = this.field("event_type");
    type.replaceChildren(el("option", { value: "" }, "All types"),
      ...Object.keys(facets.event_types).sort().map((t) => el("option", { value: t }, t)));
    const dates = facets.date_range || [];
    for (const name of ["since", "until"]) {
      if (dates[0]) this.field(name).min = dates[0];
      if (dates[1]) this.field(name).max = dates[1];
    }
    const legend = document.getElementById("legend");
    const types = new Set([...Object.keys(TYPE_COLORS), ...Object.keys(facets.event_types)]);
    legend.replaceChildren(...[...types].filter(Boolean).sort().map((t) =>
      el("li", {}, el("span", { class: "dot", style: `background:${colorOf(t)}` }), t)));
  }

  /** The store's {country, iso3} for a country name or ISO3 code (undefined if unknown). */
  country(value) {
    return this.facets.countries.find((c) => c.iso3 === value || c.country === value);
  }

  /** The country name the lists use for a name or ISO3 code. */
  countryName(value) {
    return (this.country(value) || { country: value }).country;
  }

  /** The ISO3 code of a country name or code the store knows (undefined otherwise). */
  countryIso3(value) {
    return (this.country(value) || {}).iso3;
  }

  subTypes(type) {
    const all = this.facets.event_types;
    return type ? (all[type] || []) : [...new Set(Object.values(all).flat())].sort();
  }

  /** Show `filter` in the fields. */
  set(filter) {
    const type = filter.event_type || "";
    const sub = this.field("sub_event_type");
    sub.replaceChildren(el("option", { value: "" }, "All sub-types"),
      ...this.subTypes(type).map((s) => el("option", { value: s }, s)));
    for (const key of FILTER_KEYS) {
      const field = this.field(key);
      let value = filter[key] || "";
      if (key === "country") value = this.countryName(value);
      if (field.tagName === "SELECT" && value && ![...field.options].some((o) => o.value === value)) {
        field.append(el("option", { value }, value)); // a value from a shared URL stays visible
      }
      field.value = value;
    }
  }

  /** The filter the fields show. */
  get() {
    const filter = {};
    for (const key of FILTER_KEYS) {
      const value = this.field(key).value.trim();
      if (value) filter[key] = value;
    }
    return filter;
  }

  changed(target, now) {
    clearTimeout(this.timer);
    if (target.name === "event_type") {
      const filter = this.get();
      if (filter.sub_event_type && !this.subTypes(filter.event_type).includes(filter.sub_event_type)) {
        delete filter.sub_event_type;
      }
      this.set(filter);
    }
    const apply = () => this.onChange(this.get());
    if (now) apply();
    else this.timer = setTimeout(apply, 400);
  }
}
