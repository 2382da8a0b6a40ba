import { Resvg } from "@resvg/resvg-js";
import { cardFontPaths } from "./cardFonts.ts";

let fontFiles: string[] | undefined;

/**
 * Renders an SVG string to PNG bytes with resvg, using only the site's own fonts (never the system's),
 * so the same SVG gives byte-identical PNGs on every machine; `width` scales the output, in pixels.
 */
export function renderPng(svg: string, width?: number): Buffer {
  fontFiles ??= cardFontPaths();
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles,
      defaultFontFamily: "Inter",
      sansSerifFamily: "Inter",
    },
    fitTo: width === undefined ? { mode: "original" } : { mode: "width", value: width },
    background: "#ffffff",
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
