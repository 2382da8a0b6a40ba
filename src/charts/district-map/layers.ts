import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import type {
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
} from "topojson-specification";
import type { AzerbaijanTopology, RayonFeature, RayonProperties } from "../../lib/geo/loadMap.ts";

/** A neighbouring country (clipped to the map's frame) as GeoJSON. */
export type NeighbourFeature = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };

/** The drawable layers of the Azerbaijan map, simplified for one drawing scale (lon/lat degrees). */
export interface MapLayers {
  /** All 77 rayons and cities. */
  rayons: RayonFeature[];
  /** Borders between two rayons, as one line geometry (drawn once, not twice per shared edge). */
  innerBorders: MultiLineString;
  /** The country's outline (international borders and coast). */
  country: Feature<Polygon | MultiPolygon>;
  /** The Garabagh and East-Zangazur economic regions, each dissolved from its rayons. */
  regions: { garabagh: MultiPolygon; eastZangazur: MultiPolygon };
  /** Armenia, Georgia, Iran, Russia and Türkiye, clipped to the map's frame. */
  neighbours: NeighbourFeature[];
}

const cache = new WeakMap<AzerbaijanTopology, Map<number, MapLayers>>();

/**
 * The map's layers with points whose Visvalingam triangle is smaller than `minWeight` (square degrees) removed;
 * memoized per topology and weight so the two layouts and the tests share the work.
 */
export function mapLayers(topology: AzerbaijanTopology, minWeight: number): MapLayers {
  let byWeight = cache.get(topology);
  if (!byWeight) {
    byWeight = new Map();
    cache.set(topology, byWeight);
  }
  const cached = byWeight.get(minWeight);
  if (cached) return cached;
  const layers = build(simplify(presimplify(topology), minWeight));
  byWeight.set(minWeight, layers);
  return layers;
}

function build(topology: AzerbaijanTopology): MapLayers {
  const { rayons, azerbaijan, neighbours } = topology.objects;
  // Rayons are polygons by construction (loadMap checks it); merge needs that narrower type.
  const inRegion = (region: string) =>
    rayons.geometries.filter(
      (g) => (g.properties as RayonProperties | undefined)?.region === region,
    ) as (TopoPolygon | TopoMultiPolygon)[];
  const rayonCollection = feature(topology, rayons) as FeatureCollection<
    Polygon | MultiPolygon,
    RayonProperties
  >;
  const country = feature(topology, azerbaijan).features[0] as
    Feature<Polygon | MultiPolygon> | undefined;
  if (!country) throw new Error("the map has no country outline");
  return {
    rayons: rayonCollection.features as RayonFeature[],
    innerBorders: mesh(topology, rayons, (a, b) => a !== b),
    country,
    regions: {
      garabagh: merge(topology, inRegion("garabagh")),
      eastZangazur: merge(topology, inRegion("east-zangazur")),
    },
    neighbours: feature(topology, neighbours).features as NeighbourFeature[],
  };
}
