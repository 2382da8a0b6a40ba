import { formatNumber, formatTick } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";
import { HECTARE_BREAKS } from "./clearance.ts";
import { svgElement } from "../parts/svgElement.ts";
import { clearedScale, colors } from "../parts/theme.ts";
import type { Layout } from "../types.ts";

/** Width of one class swatch in each layout, in CSS pixels (narrow: the legend must end left of the locator). */
export const SWATCH = { narrow: 36, wide: 40 } as const;

/** Height of the legend block (title, swatches, break values, "no figure" key), in CSS pixels. */
export const LEGEND_HEIGHT = 72;

/**
 * The map's classed legend at (x, y), its top-left corner: a title, one swatch per class with the round break
 * values between them, and the hatched "no figure" key below.
 */
export function mapLegend(
  document: Document,
  [x, y]: [number, number],
  layout: Layout,
  edition: Edition,
): SVGGElement {
  const t = edition.strings.charts.districtMap;
  const swatch = SWATCH[layout];
  const swatches = clearedScale.map((fill, i) =>
    svgElement(document, "rect", {
      x: x + i * swatch,
      y: y + 18,
      width: swatch,
      height: 12,
      fill,
      stroke: colors.reference,
      "stroke-width": 0.75,
    }),
  );
  // Narrow: compact values ("2K"), as on an axis, so that neighbouring break values never run together.
  const format = layout === "narrow" ? formatTick : formatNumber;
  const breaks = HECTARE_BREAKS.map((value, i) =>
    text(document, format(value, edition.locale), [x + (i + 1) * swatch, y + 42], "middle"),
  );
  return svgElement(document, "g", { class: "legend" }, [
    text(document, t.legendTitle, [x, y + 6], "start", 600),
    ...swatches,
    ...breaks,
    svgElement(document, "rect", {
      x,
      y: y + 52,
      width: 14,
      height: 14,
      fill: "url(#hatch)",
      stroke: colors.reference,
      "stroke-width": 0.75,
    }),
    text(document, t.noFigureNote, [x + 20, y + 59], "start"),
  ]);
}

function text(
  document: Document,
  content: string,
  [x, y]: [number, number],
  anchor: "start" | "middle",
  weight?: number,
): SVGTextElement {
  return svgElement(
    document,
    "text",
    {
      x,
      y,
      dy: "0.32em",
      "text-anchor": anchor,
      "font-size": 13,
      "font-weight": weight,
      fill: colors.ink,
      stroke: colors.background,
      "stroke-width": 3,
      "stroke-linejoin": "round",
      "paint-order": "stroke",
    },
    [content],
  );
}
