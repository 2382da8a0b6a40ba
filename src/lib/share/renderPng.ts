import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { cardFontPaths } from "./cardFonts.ts";

let fontFiles: Promise<string[]> | undefined;

/**
 * resvg's options for the site's PNGs: only `fontFiles` (never the system's fonts), so the same SVG gives
 * byte-identical PNGs on every machine, on white; `width` scales the output, in pixels.
 */
export function resvgOptions(fontFiles: string[], width?: number): ResvgRenderOptions {
  return {
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
  };
}

/** Renders an SVG string to PNG bytes with resvg and the site's own fonts; `width` in pixels. */
export async function renderPng(svg: string, width?: number): Promise<Buffer> {
  fontFiles ??= cardFontPaths();
  return new Resvg(svg, resvgOptions(await fontFiles, width)).render().asPng();
}
