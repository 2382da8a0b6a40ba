import { parseUnicodeRange, type CodePointRanges } from "./unicodeRange.ts";

/** One file of a Fontsource family: a script's glyphs (Latin, Latin Extended, Cyrillic …) and their range. */
export interface FontsourceFace {
  /** The script's name in the file name: "latin", "latin-ext", "cyrillic" … */
  subset: string;
  /** The file's path relative to the stylesheet, e.g. "./files/inter-latin-wght-normal.woff2". */
  file: string;
  unicodeRange: CodePointRanges;
}

/**
 * The faces a Fontsource stylesheet declares for the upright style, in its order. Where two ranges overlap
 * the browser uses the face declared last, so callers that give each character one face go from the end.
 */
export function fontsourceFaces(css: string): FontsourceFace[] {
  const faces: FontsourceFace[] = [];
  for (const [, body = ""] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    if (!/font-style:\s*normal/.test(body)) continue;
    const file = /src:\s*url\(([^)]+)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    const subset = file && /-([a-z-]+)-wght-normal\.woff2$/.exec(file)?.[1];
    if (!file || !range || !subset) throw new Error(`fontsource: cannot read @font-face {${body}}`);
    faces.push({ subset, file, unicodeRange: parseUnicodeRange(range) });
  }
  if (faces.length === 0) throw new Error("fontsource: the stylesheet declares no upright face");
  return faces;
}
