// Grid clustering: points whose screen positions share a square cell become one cluster, and
// clusters whose centres still crowd each other merge. Simple and fast enough for tens of
// thousands of points; recomputed at every zoom.

/**
 * Group `points` ({lat, lng, ...}) by cells of `cellSize` pixels; `project` maps a point to
 * {x, y} pixels at the current zoom. Returns [{lat, lng, members}], the centre being the mean.
 */
export function gridCluster(points, project, cellSize) {
  const cells = new Map();
  for (const point of points) {
    const { x, y } = project(point);
    const key = `${Math.floor(x / cellSize)}:${Math.floor(y / cellSize)}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { lat: 0, lng: 0, members: [] };
      cells.set(key, cell);
    }
    cell.members.push(point);
  }
  return mergeClose([...cells.values()].map(centre), project, cellSize);
}

function centre(cell) {
  cell.lat = cell.members.reduce((sum, p) => sum + p.lat, 0) / cell.members.length;
  cell.lng = cell.members.reduce((sum, p) => sum + p.lng, 0) / cell.members.length;
  return cell;
}

/**
 * Clusters of neighbouring cells can end up drawn on top of each other: fold each one into a
 * bigger cluster whose centre lies closer than `distance` pixels (biggest first).
 */
function mergeClose(clusters, project, distance) {
  const kept = [];
  for (const cluster of clusters.sort((a, b) => b.members.length - a.members.length)) {
    const at = project(cluster);
    const near = kept.find((k) => Math.hypot(k.x - at.x, k.y - at.y) < distance);
    if (near) {
      near.members.push(...cluster.members);
      centre(near);
    } else {
      kept.push({ ...cluster, x: at.x, y: at.y });
    }
  }
  return kept;
}

/** Share of each value of `key` among `members`, largest first: [[value, share]]. */
export function shares(members, key) {
  const counts = new Map();
  for (const member of members) counts.set(member[key], (counts.get(member[key]) || 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([value, count]) => [value, count / members.length]);
}

/** Whether every member sits at the same coordinates (zooming in would never split them). */
export function samePlace(members) {
  return members.every((m) => m.lat === members[0].lat && m.lng === members[0].lng);
}
