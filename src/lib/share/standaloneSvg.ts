import { resolveCssVars } from "./resolveCssVars.ts";
import { mapAttributes, serializeSvg, type SvgElement } from "./svgTree.ts";

/** The font stack written into standalone SVGs: the site's font if installed, else the system's. */
export const SVG_FONT_STACK =
  "Inter, 'Inter Variable', system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** Light-theme ink and paper of standalone charts. */
export const LIGHT = {
  ink: "#1a1a1a",
  inkSoft: "#4d4d4d",
  paper: "#ffffff",
  rule: "#d9d6cf",
} as const;

/** What a standalone SVG file says about itself. */
export interface StandaloneOptions {
  title: string;
  /** The text alternative, as <desc>. */
  description: string;
}

// The root's page-only attributes, replaced by the file's own.
const ROOT_DROPPED = new Set([
  "xmlns",
  "xmlns:xlink",
  "class",
  "role",
  "aria-label",
  "font-family",
]);
// Tooltip and focus attributes belong to the page's script, not to a file.
const BODY_DROPPED = new Set(["data-tip", "tabindex"]);

/** Attributes without the `dropped` ones, colours resolved to the light theme. */
const fileAttributes =
  (dropped: ReadonlySet<string>) =>
  (attributes: SvgElement["attributes"]): SvgElement["attributes"] =>
    attributes
      .filter(([name]) => !dropped.has(name))
      .map(([name, value]) => [name, resolveCssVars(value)] as const);

/** The tree with `dropped` attributes removed from every element and colours resolved (resvg has no CSS variables). */
export function fileTree(node: SvgElement, dropped: ReadonlySet<string>): SvgElement {
  return mapAttributes(node, fileAttributes(dropped));
}

/**
 * Turns a page's chart SVG into a file that opens anywhere: the SVG namespace, colours resolved to
 * the light theme, a font stack and ink colour, a white background, and <title>/<desc> for its text alternative.
 */
export function standaloneSvg(
  chart: SvgElement,
  { title, description }: StandaloneOptions,
): string {
  const body = fileTree(chart, BODY_DROPPED).children;
  const root: SvgElement = {
    name: "svg",
    attributes: [
      ["xmlns", "http://www.w3.org/2000/svg"],
      ["xmlns:xlink", "http://www.w3.org/1999/xlink"],
      ...fileAttributes(new Set([...ROOT_DROPPED, "color"]))(chart.attributes),
      ["role", "img"],
      ["aria-labelledby", "title desc"],
      ["font-family", SVG_FONT_STACK],
      ["color", LIGHT.ink],
    ],
    children: [
      { name: "title", attributes: [["id", "title"]], children: [title] },
      { name: "desc", attributes: [["id", "desc"]], children: [description] },
      {
        name: "rect",
        attributes: [
          ["width", "100%"],
          ["height", "100%"],
          ["fill", LIGHT.paper],
        ],
        children: [],
      },
      ...body,
    ],
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(root)}`;
}
