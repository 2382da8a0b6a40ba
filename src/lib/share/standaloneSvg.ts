import { escapeXml } from "./escapeXml.ts";
import { resolveCssVars } from "./resolveCssVars.ts";

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

const openTag = /^<svg\b([^>]*)>/;

/**
 * Turns a page's inline chart SVG into a file that opens anywhere: the SVG namespace, colours resolved to
 * the light theme, a font stack and ink colour, a white background, and <title>/<desc> for its text alternative.
 */
export function standaloneSvg(
  inlineSvg: string,
  { title, description }: StandaloneOptions,
): string {
  const match = openTag.exec(inlineSvg);
  if (!match) throw new Error("expected an SVG string starting with <svg");
  const attributes = (match[1] ?? "")
    .replace(/\s(xmlns(:xlink)?|class|role|aria-label|font-family|color)="[^"]*"/g, "")
    .trim();
  const open =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attributes} ` +
    `role="img" aria-labelledby="title desc" font-family="${SVG_FONT_STACK}" color="${LIGHT.ink}">`;
  const body = resolveCssVars(inlineSvg.slice(match[0].length))
    // Tooltip and focus attributes belong to the page's script, not to a file.
    .replace(/\s(data-tip|tabindex)="[^"]*"/g, "");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n${open}` +
    `<title id="title">${escapeXml(title)}</title><desc id="desc">${escapeXml(description)}</desc>` +
    `<rect width="100%" height="100%" fill="${LIGHT.paper}"/>${body}`
  );
}
