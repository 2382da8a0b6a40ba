import { fileTree } from "./standaloneSvg.ts";
import { attributeOf, serializeSvg, type SvgElement } from "./svgTree.ts";

/** A box on a larger canvas, in its pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

// Page-only attributes: tooltips, focus and labels belong to the page's script and reader, not to an image.
const DROPPED = new Set(["data-tip", "tabindex", "role", "aria-label"]);

/**
 * Places a chart SVG's content inside `box` of another SVG, scaled to fit and kept in proportion,
 * top-left aligned, with colours resolved (resvg has no CSS variables) and page-only attributes dropped.
 */
export function nestSvg(chart: SvgElement, box: Box, ink: string): string {
  const viewBox =
    attributeOf(chart, "viewBox") ??
    `0 0 ${attributeOf(chart, "width") ?? "0"} ${attributeOf(chart, "height") ?? "0"}`;
  return serializeSvg({
    name: "svg",
    attributes: [
      ["x", String(box.x)],
      ["y", String(box.y)],
      ["width", String(box.width)],
      ["height", String(box.height)],
      ["viewBox", viewBox],
      ["preserveAspectRatio", "xMinYMin meet"],
      ["color", ink],
      ["overflow", "visible"],
    ],
    children: fileTree(chart, DROPPED).children,
  });
}
