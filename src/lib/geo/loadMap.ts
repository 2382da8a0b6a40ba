import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** What each rayon or city of data/geo/azerbaijan.topo.json carries (its `id` is the ISO 3166-2:AZ code). */
export type RayonProperties = {
  /** English name in common romanisation, e.g. "Aghdam", "Khankendi". */
  readonly name: string;
  /** Azerbaijani name, e.g. "Ağdam", "Xankəndi". */
  readonly nameAz: string;
  /** "city" for the 11 cities with their own ISO code, "rayon" for the 66 districts. */
  readonly kind: "rayon" | "city";
  /** Slug of the 2021 economic region, e.g. "garabagh", "east-zangazur", "baku". */
  readonly region: string;
  /** True for the 14 units of the Garabagh and East-Zangazur economic regions. */
  readonly focus: boolean;
};

/** Properties of the economic regions, the country outline and the neighbours: an English name. */
export type NamedProperties = { readonly name: string };

/** The committed TopoJSON: rayons (77), economic_regions (14), azerbaijan (1), neighbours (5, clipped). */
export type AzerbaijanTopology = Topology<{
  rayons: GeometryCollection<RayonProperties>;
  economic_regions: GeometryCollection<NamedProperties>;
  azerbaijan: GeometryCollection<NamedProperties>;
  neighbours: GeometryCollection<NamedProperties>;
}>;

/** A rayon or city as GeoJSON, wound for d3-geo (lon/lat degrees). */
export type RayonFeature = Feature<Polygon | MultiPolygon, RayonProperties> & { id: string };

/** The map data the charts need: the topology, the rayons as GeoJSON and their ids. */
export type AzerbaijanMap = {
  readonly topology: AzerbaijanTopology;
  readonly rayons: FeatureCollection<Polygon | MultiPolygon, RayonProperties> & {
    features: RayonFeature[];
  };
  /** ISO codes of the 14 focus units, sorted. */
  readonly focusIds: string[];
  /** ISO codes of all 77 units. */
  readonly districtIds: ReadonlySet<string>;
};

// process.cwd(), as in loadDatasets: import.meta.url moves once Vite bundles this module into dist/.
/** Where the map data lives: geo/azerbaijan.topo.json in the data directory (data/ or LANDMINES_DATA_DIR). */
export const defaultMapPath = resolve(
  process.cwd(),
  process.env["LANDMINES_DATA_DIR"] ?? "data",
  "geo/azerbaijan.topo.json",
);

function isTopology(value: unknown): value is AzerbaijanTopology {
  if (typeof value !== "object" || value === null || !("objects" in value)) return false;
  const { objects } = value as { objects: Record<string, { geometries?: unknown } | undefined> };
  return Array.isArray(objects["rayons"]?.geometries);
}

function asRayon(f: Feature, path: string): RayonFeature {
  const { id, geometry } = f;
  if (typeof id !== "string" || (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon")) {
    throw new Error(`${path}: every rayon needs a string id and a polygon (got ${String(id)})`);
  }
  return f as RayonFeature;
}

/** Reads the committed TopoJSON of Azerbaijan's 77 rayons and cities (or the file at `path`). */
export function loadMap(path: string | URL = defaultMapPath): AzerbaijanMap {
  const topology: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!isTopology(topology)) {
    throw new Error(`${String(path)} is not the Azerbaijan TopoJSON (no rayons collection)`);
  }
  const collection = feature(topology, topology.objects.rayons);
  const features = collection.features.map((f) => asRayon(f, String(path)));
  const rayons = { type: "FeatureCollection" as const, features };
  const focusIds = features
    .filter((f) => f.properties.focus)
    .map((f) => f.id)
    .sort();
  return { topology, rayons, focusIds, districtIds: new Set(features.map((f) => f.id)) };
}
