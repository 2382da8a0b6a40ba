// Neighbouring provinces reach far beyond any map of Azerbaijan (Dagestan to 45°N, Iranian provinces
// to 36°N); clipping them to a lon/lat frame keeps the file and every drawn SVG small. Borders inside the
// frame pass through unchanged, so they still share arcs with Azerbaijan's border.
import { geoIdentity, geoStream } from "d3-geo";

/** Twice the signed planar area of a lon/lat ring: negative when clockwise, north up (degrees²). */
function signedArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum;
}

function contains(ring, [x, y]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Collects the rings a d3 stream emits, undoing the identity projection's y reflection. */
function ringCollector() {
  const rings = [];
  let ring = [];
  return {
    rings,
    point: (x, y) => void ring.push([x, -y]),
    lineStart: () => void (ring = []),
    lineEnd: () => {
      const [first] = ring;
      const last = ring.at(-1);
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push(first);
      if (ring.length >= 4) rings.push(ring);
    },
    polygonStart: () => {},
    polygonEnd: () => {},
    sphere: () => {},
  };
}

/**
 * Clips a d3-wound Polygon or MultiPolygon to the lon/lat frame [west, south, east, north];
 * returns a MultiPolygon, or null when nothing is left.
 */
export function clipToFrame(geometry, [west, south, east, north]) {
  // d3's rectangle clip expects screen coordinates (y down), as a projection would give it.
  const screen = geoIdentity()
    .reflectY(true)
    .clipExtent([
      [west, -north],
      [east, -south],
    ]);
  const collector = ringCollector();
  geoStream({ type: "Feature", properties: {}, geometry }, screen.stream(collector));

  const exteriors = collector.rings.filter((r) => signedArea(r) < 0);
  const holes = collector.rings.filter((r) => signedArea(r) >= 0);
  const polygons = exteriors.map((r) => [r]);
  for (const hole of holes) {
    const owner = polygons.find(([outer]) => outer && contains(outer, hole[0]));
    if (!owner) throw new Error("A clipped hole lies outside every exterior ring");
    owner.push(hole);
  }
  return polygons.length > 0 ? { type: "MultiPolygon", coordinates: polygons } : null;
}
