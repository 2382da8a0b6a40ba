import { wrapWords } from "../../lib/wrapWords.ts";

// Text is estimated, not measured: there is no layout engine at build time. The widths are a little generous for
// the page's fonts (Inter, then the system sans-serif), so labels, keys and wrapped lines never overrun.
/** Approximate advance widths (em) of a sans-serif text face, a little generous so estimates never fall short. */
function charWidth(char: string): number {
  if (" ".includes(char)) return 0.32;
  if ("iljI.,:;'’!|()[]".includes(char)) return 0.3;
  if ("frt-".includes(char)) return 0.4;
  if ("mwMW".includes(char)) return 0.9;
  if (/[A-Z]/.test(char)) return 0.7;
  if (/[0-9]/.test(char)) return 0.62;
  return 0.6;
}

/** Estimated width of `text` in pixels at `fontSize` pixels (no font metrics exist at build time). */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width * fontSize;
}

/** Breaks `text` into lines no wider than `maxWidth` pixels, at spaces (a single long word keeps its own line). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  return wrapWords(text, (line) => textWidth(line, fontSize) <= maxWidth);
}
