// Natural Earth's GeoJSON follows RFC 7946 (exterior rings counter-clockwise). d3-geo and Plot read
// such a ring as "the globe minus the polygon" and fill the whole frame, so every ring is rewound to
// d3's convention: exterior rings clockwise, holes counter-clockwise (as seen in lon/lat, north up).

/** Twice the signed planar area of a lon/lat ring: positive when counter-clockwise (degrees²). */
function signedArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum;
}

function orient(ring, clockwise) {
  const isClockwise = signedArea(ring) < 0;
  return isClockwise === clockwise ? ring : [...ring].reverse();
}

function rewindPolygon(rings) {
  return rings.map((ring, index) => orient(ring, index === 0));
}

/** Returns a copy of a Polygon or MultiPolygon geometry with rings in d3-geo's winding order. */
export function rewindForD3(geometry) {
  switch (geometry.type) {
    case "Polygon":
      return { type: "Polygon", coordinates: rewindPolygon(geometry.coordinates) };
    case "MultiPolygon":
      return { type: "MultiPolygon", coordinates: geometry.coordinates.map(rewindPolygon) };
    default:
      throw new Error(`Unexpected geometry type ${geometry.type}`);
  }
}
