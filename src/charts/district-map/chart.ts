import { geoPath, type GeoPath, type GeoPermissibleObjects } from "d3";
import type { AzerbaijanTopology, RayonFeature } from "../../lib/geo/loadMap.ts";
import type { AreaNotOnMap, District } from "../../lib/schemas/districts.ts";
import { clearedInYear, hectareClass } from "./clearance.ts";
import { districtTip } from "./tips.ts";
import { mapLayers } from "./layers.ts";
import { mapLabels } from "./labels.ts";
import { LEGEND_HEIGHT, mapLegend, SWATCH } from "./legend.ts";
import { mapLocator } from "./locator.ts";
import { mapProjection, minWeightFor, type Extent } from "./projection.ts";
import { svgElement, svgTitle } from "../parts/svgElement.ts";
import { clearedScale, colors } from "../parts/theme.ts";
import type { ChartContext } from "../types.ts";
import type { Edition } from "../../i18n/edition.ts";

/**
 * What the district map draws: the 14 focus districts with their facts, on the committed map of Azerbaijan, and
 * the areas a source lists that are not map districts (Aghdara, "other districts": in the table, never drawn).
 */
export interface DistrictMapData {
  districts: readonly District[];
  areasNotOnMap: readonly AreaNotOnMap[];
  topology: AzerbaijanTopology;
}

/** Map height in each layout, in CSS pixels. */
export const MAP_HEIGHT = { narrow: 460, wide: 540 } as const;

/**
 * Land cleared in 2025 in each district of Garabagh and East-Zangazur: a classed choropleth of hectares, with
 * districts that have no 2025 figure hatched (never a zero), and every other sourced fact in the tooltip.
 * District level only, by design.
 */
export function districtMap(data: DistrictMapData, context: ChartContext): SVGSVGElement {
  const { document, width, layout } = context;
  const height = MAP_HEIGHT[layout];
  const narrow = layout === "narrow";
  const byId = new Map(data.districts.map((district) => [district.id, district]));
  const focusOnly = mapLayers(data.topology, 0).rayons.filter((r) => byId.has(r.id));
  // Top margin for the region names; wide: the focus area sits left of the locator, in the south-east corner.
  const extent: Extent = narrow
    ? [
        [8, 36],
        [width - 8, height - LEGEND_HEIGHT - 16],
      ]
    : [
        [60, 36],
        [width - 150, height - 30],
      ];
  const projection = mapProjection({ type: "FeatureCollection", features: focusOnly }, extent);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const layers = mapLayers(data.topology, minWeightFor(projection));
  // Whole pixels: a district outline drawn at 300 or 720 px needs no finer grid, and the map is the heaviest
  // geometry on the story.
  const path = geoPath(projection).digits(0);
  const d = (object: GeoPermissibleObjects): string => path(object) ?? "";

  const svg = svgElement(document, "svg", {
    width,
    height,
    viewBox: `0 0 ${String(width)} ${String(height)}`,
    class: "chart-map",
  });
  const defs = svgElement(document, "defs", {}, [hatchPattern(document)]);
  const focus = layers.rayons.filter((r) => byId.has(r.id));
  const unknown = focus.filter((r) => {
    const district = byId.get(r.id);
    return !district || !clearedInYear(district);
  });
  const borders = svgElement(document, "path", {
    class: "borders",
    d: d(layers.innerBorders),
    fill: "none",
    stroke: colors.background,
    "stroke-width": 0.8,
    "stroke-linejoin": "round",
  });

  svg.append(
    defs,
    group(
      document,
      "neighbours",
      { fill: "none", stroke: colors.reference, "stroke-width": 0.75 },
      layers.neighbours.map((n) => svgElement(document, "path", { d: d(n) })),
    ),
    svgElement(document, "path", {
      class: "land",
      d: d({ type: "FeatureCollection", features: layers.rayons.filter((r) => !byId.has(r.id)) }),
      fill: colors.land,
    }),
    // Drawn under the districts, whose own grey outlines keep even the lightest class apart from the page.
    borders,
    group(
      document,
      "districts",
      { stroke: colors.reference, "stroke-width": 0.75, "stroke-linejoin": "round" },
      focus.map((rayon) =>
        districtPath(document, rayon, byId.get(rayon.id), path, context.edition),
      ),
    ),
    group(
      document,
      "no-figure",
      { fill: "url(#hatch)", "pointer-events": "none" },
      unknown.map((r) => svgElement(document, "path", { d: d(r), "data-no-figure": r.id })),
    ),
    svgElement(document, "path", {
      class: "region-east-zangazur",
      d: d(layers.regions.eastZangazur),
      fill: "none",
      stroke: colors.eastZangazur,
      "stroke-width": 1.75,
      "stroke-dasharray": "5 3",
      "pointer-events": "none",
    }),
    svgElement(document, "path", {
      class: "region-garabagh",
      d: d(layers.regions.garabagh),
      fill: "none",
      stroke: colors.garabagh,
      "stroke-width": 1.75,
      "pointer-events": "none",
    }),
    svgElement(document, "path", {
      class: "country",
      d: d(layers.country),
      fill: "none",
      stroke: colors.ink,
      "stroke-width": 1,
      "pointer-events": "none",
    }),
    mapLabels(document, {
      layers,
      projection,
      districts: data.districts,
      layout,
      width,
      height,
      edition: context.edition,
    }),
    mapLocator(document, { topology: data.topology, projection, layout, width, height }),
    // Narrow: under the map, left of the locator; wide: top right, over land outside the two regions.
    mapLegend(
      document,
      narrow ? [8, height - LEGEND_HEIGHT - 4] : [width - 5 * SWATCH.wide - 16, 8],
      layout,
      context.edition,
    ),
  );
  return svg;
}

function group(
  document: Document,
  className: string,
  attributes: Record<string, string | number>,
  children: Element[],
): SVGGElement {
  return svgElement(document, "g", { class: className, ...attributes }, children);
}

function districtPath(
  document: Document,
  rayon: RayonFeature,
  district: District | undefined,
  path: GeoPath,
  edition: Edition,
): SVGPathElement {
  const cleared = district && clearedInYear(district);
  const fill = cleared ? (clearedScale[hectareClass(cleared.value)] ?? colors.land) : colors.land;
  const element = svgElement(document, "path", {
    d: path(rayon) ?? "",
    fill,
    "data-id": rayon.id,
    "data-class": cleared ? hectareClass(cleared.value) : undefined,
  });
  if (district) element.append(svgTitle(document, districtTip(district, edition)));
  return element;
}

/** Diagonal hatching for districts without a figure for the year: visibly "unknown", never a value of zero. */
function hatchPattern(document: Document): SVGPatternElement {
  return svgElement(
    document,
    "pattern",
    {
      id: "hatch",
      width: 6,
      height: 6,
      patternUnits: "userSpaceOnUse",
      patternTransform: "rotate(45)",
    },
    [
      svgElement(document, "line", {
        x1: 0,
        y1: 0,
        x2: 0,
        y2: 6,
        stroke: colors.ink,
        "stroke-width": 1.2,
        "stroke-opacity": 0.55,
      }),
    ],
  );
}
