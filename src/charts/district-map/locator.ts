import { geoPath, type GeoProjection } from "d3";
import type { AzerbaijanTopology } from "../../lib/geo/loadMap.ts";
import { mapLayers } from "./layers.ts";
import { mapProjection, minWeightFor } from "./projection.ts";
import { svgElement } from "../parts/svgElement.ts";
import { colors } from "../parts/theme.ts";
import type { Layout } from "../types.ts";

/** What the locator needs: the layers, the main map's projection and frame. */
export interface LocatorContext {
  topology: AzerbaijanTopology;
  projection: GeoProjection;
  layout: Layout;
  width: number;
  height: number;
}

/** Size of the locator inset in each layout, in CSS pixels. */
const SIZE: Record<Layout, [number, number]> = { narrow: [96, 72], wide: [150, 112] };

/** A small whole-country inset in the bottom-right corner with the two regions tinted and the zoomed area boxed. */
export function mapLocator(document: Document, context: LocatorContext): SVGGElement {
  const { topology, width, height, layout } = context;
  const [w, h] = SIZE[layout];
  const x0 = width - w - 1;
  // Narrow: the note on hatching runs along the bottom, so the inset sits above it.
  const y0 = height - h - (layout === "narrow" ? 28 : 1);
  const fitted = mapLayers(topology, 0).country;
  const projection = mapProjection(fitted, [
    [x0 + 4, y0 + 4],
    [x0 + w - 4, y0 + h - 4],
  ]);
  // A coarser copy of the map: at this scale most points would fall on the same pixel.
  const layers = mapLayers(topology, minWeightFor(projection, 2));
  const path = geoPath(projection);
  const d = (object: Parameters<typeof path>[0]) => path(object) ?? "";
  // The main map's frame, projected back to lon/lat and into the locator: the "you are here" box.
  const corners = [
    [0, 0],
    [context.width, context.height],
  ].map(([x, y]) => projection(context.projection.invert?.([x ?? 0, y ?? 0]) ?? [0, 0]) ?? [0, 0]);
  const [[bx0, by0], [bx1, by1]] = corners as [[number, number], [number, number]];
  return svgElement(document, "g", { class: "locator", "pointer-events": "none" }, [
    svgElement(document, "rect", {
      x: x0,
      y: y0,
      width: w,
      height: h,
      fill: colors.background,
      stroke: colors.rule,
    }),
    svgElement(document, "path", {
      d: d(layers.country),
      fill: colors.land,
      stroke: colors.reference,
      "stroke-width": 0.5,
    }),
    svgElement(document, "path", {
      d: d(layers.regions.garabagh),
      fill: colors.garabagh,
      "fill-opacity": 0.5,
    }),
    svgElement(document, "path", {
      d: d(layers.regions.eastZangazur),
      fill: colors.eastZangazur,
      "fill-opacity": 0.5,
    }),
    svgElement(document, "rect", {
      x: bx0,
      y: by0,
      width: bx1 - bx0,
      height: by1 - by0,
      fill: "none",
      stroke: colors.ink,
      "stroke-width": 1,
    }),
  ]);
}
