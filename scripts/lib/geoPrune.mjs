// topojson-simplify has a prune() in its sources but does not export it; dissolving leaves the inner
// borders of merged neighbours unused, and they would otherwise ship in the file.

function mapArcs(geometry, reindex) {
  switch (geometry.type) {
    case "GeometryCollection":
      return { ...geometry, geometries: geometry.geometries.map((g) => mapArcs(g, reindex)) };
    case "Polygon":
      return { ...geometry, arcs: geometry.arcs.map((ring) => ring.map(reindex)) };
    case "MultiPolygon":
      return { ...geometry, arcs: geometry.arcs.map((p) => p.map((ring) => ring.map(reindex))) };
    default:
      throw new Error(`Unexpected geometry type ${geometry.type}`);
  }
}

/** Returns the topology without the arcs no object uses, renumbering the rest in their old order. */
export function prune(topology) {
  const used = new Set();
  const mark = (index) => {
    used.add(index < 0 ? ~index : index);
    return index;
  };
  for (const object of Object.values(topology.objects)) mapArcs(object, mark);

  const newIndex = new Map();
  const arcs = [];
  topology.arcs.forEach((arc, index) => {
    if (!used.has(index)) return;
    newIndex.set(index, arcs.length);
    arcs.push(arc);
  });
  const reindex = (index) => (index < 0 ? ~newIndex.get(~index) : newIndex.get(index));
  const objects = Object.fromEntries(
    Object.entries(topology.objects).map(([key, object]) => [key, mapArcs(object, reindex)]),
  );
  return { ...topology, objects, arcs };
}
