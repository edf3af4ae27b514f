// One colour per ACLED event type, used by the map, the list and the legend alike.

export const TYPE_COLORS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2471a3",
  "Riots": "#17a589",
  "Strategic developments": "#7b7d7d",
};
const OTHER = "#34495e";

export function colorOf(eventType) {
  return TYPE_COLORS[eventType] || OTHER;
}
