// Neighbouring provinces reach far beyond any map of Azerbaijan (Dagestan to 45°N, Iranian provinces
// to 36°N); clipping them to a lon/lat frame keeps the file and every drawn SVG small. Borders inside the
// frame pass through unchanged, so they still share arcs with Azerbaijan's border.
import { polygonArea, polygonContains } from "d3";
import { geoIdentity, geoStream } from "d3-geo";

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

  // d3's polygonArea is positive for a clockwise ring when y points up, as in lon/lat.
  const exteriors = collector.rings.filter((r) => polygonArea(r) > 0);
  const holes = collector.rings.filter((r) => polygonArea(r) <= 0);
  const polygons = exteriors.map((r) => [r]);
  for (const hole of holes) {
    const owner = polygons.find(([outer]) => outer && polygonContains(outer, hole[0]));
    if (!owner) throw new Error("A clipped hole lies outside every exterior ring");
    owner.push(hole);
  }
  return polygons.length > 0 ? { type: "MultiPolygon", coordinates: polygons } : null;
}
