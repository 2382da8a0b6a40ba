import { parseHTML } from "linkedom";
import { svgTreeOf } from "../../../src/charts/render/svgTreeOf.ts";
import type { SvgElement } from "../../../src/lib/share/svgTree.ts";

/** The tree of the first <svg> in an HTML string, parsed as a browser parses inline SVG. */
export function svgFrom(html: string): SvgElement {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const svg = document.querySelector("svg");
  if (svg === null) throw new Error("no <svg> in the fixture");
  return svgTreeOf(svg);
}
