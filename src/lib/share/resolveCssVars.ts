/**
 * Replaces every `var(--name, fallback)` with its fallback (the light theme's colour), for renderers
 * without CSS custom properties (resvg, standalone SVG files opened in an editor).
 */
export function resolveCssVars(svg: string): string {
  let out = svg;
  // Innermost first, so a fallback that is itself a var() resolves too.
  for (let pass = 0; pass < 4 && out.includes("var(--"); pass += 1) {
    out = out.replace(/var\(\s*--[\w-]+\s*,\s*([^()]*?)\s*\)/g, "$1");
  }
  return out;
}
