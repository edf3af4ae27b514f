// The map: country outlines (no tiles, nothing fetched from outside), countries shaded by
// events, admin-1 counts as graduated circles, and event points clustered on a grid.

import { el, formatNumber } from "./api.js";
import { colorOf } from "./colors.js";
import { gridCluster, samePlace, shares } from "./cluster.js";

const L = window.L;
const CELL = 56; // pixels per cluster cell: about the size of a cluster badge plus a gap
const SHADES = ["#f3efe6", "#f5e2cb", "#efcaa5", "#e6ac81", "#d98c60"];

function shadeFor(count, max) {
  if (!count) return SHADES[0];
  const step = Math.ceil((Math.log(count + 1) / Math.log(max + 1)) * (SHADES.length - 1));
  return SHADES[Math.min(SHADES.length - 1, Math.max(1, step))];
}

function pieBackground(members) {
  let start = 0;
  const stops = shares(members, "event_type").map(([type, share]) => {
    const end = start + share * 100;
    const stop = `${colorOf(type)} ${start.toFixed(1)}% ${end.toFixed(1)}%`;
    start = end;
    return stop;
  });
  return `conic-gradient(${stops.join(", ")})`;
}

export class EventMap {
  /** `handlers`: onSelect(eventId), onCountry(iso3), onAdmin1(country, admin1), onMove(view). */
  constructor(container, handlers) {
    this.handlers = handlers;
    this.points = [];
    this.selected = null;
    this.map = L.map(container, {
      minZoom: 1, maxZoom: 12, worldCopyJump: false, zoomSnap: 0.5,
      attributionControl: true, preferCanvas: false,
    });
    this.map.attributionControl.setPrefix("Leaflet");
    this.map.attributionControl.addAttribution("Outlines: countryinfo (Natural Earth)");
    this.map.createPane("admin1").style.zIndex = 420;
    this.map.createPane("events").style.zIndex = 450;
    this.countries = L.geoJSON(null, {
      style: () => ({ color: "#9a9a9a", weight: 0.6, fillColor: SHADES[0], fillOpacity: 1 }),
      onEachFeature: (feature, layer) => {
        layer.on("click", () => this.handlers.onCountry(feature.properties.iso3));
      },
    }).addTo(this.map);
    this.admin1 = L.layerGroup().addTo(this.map);
    this.events = L.layerGroup().addTo(this.map);
    this.highlight = L.layerGroup().addTo(this.map);
    L.control.layers(null, {
      "Events": this.events, "Admin-1 circles": this.admin1,
    }, { collapsed: true }).addTo(this.map);
    L.control.scale({ imperial: false }).addTo(this.map);
    this.map.setView([15, 20], 2);
    this.map.on("zoomend", () => this.drawEvents());
    this.map.on("moveend", () => {
      const centre = this.map.getCenter();
      this.handlers.onMove({ lat: centre.lat, lng: centre.lng, zoom: this.map.getZoom() });
    });
  }

  /** Draw the country outlines (a GeoJSON FeatureCollection with name and iso3). */
  setOutlines(geojson) {
    this.countries.addData(geojson);
    this.countries.eachLayer((layer) => {
      layer.bindTooltip(layer.feature.properties.name, { sticky: true });
    });
  }

  /** Shade countries by their events: `places` as /api/stats/places?level=country gives them. */
  shadeCountries(places) {
    const counts = new Map(places.map((p) => [p.iso3, p]));
    const max = Math.max(1, ...places.map((p) => p.events));
    this.countries.eachLayer((layer) => {
      const { iso3, name } = layer.feature.properties;
      const place = counts.get(iso3);
      layer.setStyle({ fillColor: shadeFor(place ? place.events : 0, max) });
      layer.setTooltipContent(place
        ? `${name}: ${formatNumber(place.events)} events, ${formatNumber(place.fatalities)} fatalities`
        : name);
    });
  }

  /** Graduated circles at admin-1 centroids, their area proportional to the events. */
  showAdmin1(places) {
    this.admin1.clearLayers();
    const max = Math.max(1, ...places.map((p) => p.events));
    for (const place of places) {
      if (place.latitude == null || place.longitude == null || !place.admin1) continue;
      const circle = L.circleMarker([place.latitude, place.longitude], {
        pane: "admin1", radius: 6 + 22 * Math.sqrt(place.events / max),
        color: "#7a3b14", opacity: 0.55, weight: 1, fillColor: "#e3905f", fillOpacity: 0.12,
      });
      circle.bindTooltip(
        `${place.admin1}, ${place.country}: ${formatNumber(place.events)} events, `
        + `${formatNumber(place.fatalities)} fatalities`,
      );
      circle.on("click", () => this.handlers.onAdmin1(place.country, place.admin1));
      circle.addTo(this.admin1);
    }
  }

  /** Replace the event points: GeoJSON features of /api/events.geojson. */
  setEvents(features) {
    this.points = features
      .filter((f) => f.geometry && Array.isArray(f.geometry.coordinates))
      .map((f) => ({
        ...f.properties,
        lng: f.geometry.coordinates[0],
        lat: f.geometry.coordinates[1],
      }));
    this.drawEvents();
  }

  drawEvents() {
    this.events.clearLayers();
    const zoom = this.map.getZoom();
    const project = (p) => this.map.project([p.lat, p.lng], zoom);
    for (const cluster of gridCluster(this.points, project, CELL)) {
      this.events.addLayer(cluster.members.length === 1
        ? this.pointMarker(cluster.members[0])
        : this.clusterMarker(cluster));
    }
    this.drawHighlight();
  }

  pointMarker(point) {
    const marker = L.circleMarker([point.lat, point.lng], {
      pane: "events", radius: 7, color: "#fff", weight: 1.5,
      fillColor: colorOf(point.event_type), fillOpacity: 0.95,
    });
    marker.bindTooltip(`${point.event_date || "undated"} · ${point.sub_event_type || point.event_type}`
      + ` · ${point.location || point.country || ""}`);
    marker.on("click", () => this.handlers.onSelect(point.event_id));
    return marker;
  }

  clusterMarker(cluster) {
    const count = cluster.members.length;
    const size = Math.round(26 + 8 * Math.log10(count));
    const icon = L.divIcon({
      className: "cluster",
      iconSize: [size, size],
      html: `<span class="ring" style="background:${pieBackground(cluster.members)}">`
        + `<span class="count">${count}</span></span>`,
    });
    const marker = L.marker([cluster.lat, cluster.lng], { icon, pane: "events" });
    marker.bindTooltip(`${count} events`);
    marker.on("click", () => {
      if (samePlace(cluster.members) || this.map.getZoom() >= this.map.getMaxZoom()) {
        marker.unbindTooltip();
        marker.bindPopup(this.clusterList(cluster.members), { maxHeight: 240 }).openPopup();
      } else {
        const bounds = L.latLngBounds(cluster.members.map((p) => [p.lat, p.lng]));
        this.map.fitBounds(bounds.pad(0.3), { maxZoom: this.map.getZoom() + 3 });
      }
    });
    return marker;
  }

  clusterList(members) {
    const sorted = [...members].sort((a, b) => String(b.event_date).localeCompare(a.event_date));
    return el("ul", { class: "popup-list" }, sorted.map((p) => el("li", {},
      el("span", { class: "dot", style: `background:${colorOf(p.event_type)}` }),
      el("a", { href: "#", onclick: (e) => { e.preventDefault(); this.handlers.onSelect(p.event_id); } },
        `${p.event_date || "undated"} ${p.sub_event_type || p.event_type}`))));
  }

  /** Mark the selected event's place with a ring. */
  select(event) {
    this.selected = event && event.latitude != null ? event : null;
    this.drawHighlight();
  }

  drawHighlight() {
    this.highlight.clearLayers();
    if (!this.selected) return;
    L.circleMarker([this.selected.latitude, this.selected.longitude], {
      pane: "events", radius: 13, color: "#111", weight: 2.5, fill: false, interactive: false,
    }).addTo(this.highlight);
  }

  /** Zoom to the current points and the outline of country `iso3` if given (world if neither). */
  fit(iso3) {
    let bounds = this.points.length
      ? L.latLngBounds(this.points.map((p) => [p.lat, p.lng])) : null;
    this.countries.eachLayer((layer) => {
      if (iso3 && layer.feature.properties.iso3 === iso3) {
        bounds = bounds ? bounds.extend(layer.getBounds()) : layer.getBounds();
      }
    });
    if (bounds) this.map.fitBounds(bounds.pad(0.05), { maxZoom: 7 });
    else this.map.setView([15, 20], 2);
  }

  setView(view) {
    this.map.setView([view.lat, view.lng], view.zoom);
  }

  panTo(event) {
    if (event && event.latitude != null) this.map.panTo([event.latitude, event.longitude]);
  }

  /** How many event markers (points and clusters) are on the map, and the events they hold. */
  counts() {
    let markers = 0;
    this.events.eachLayer(() => { markers += 1; });
    return { markers, events: this.points.length };
  }
}
