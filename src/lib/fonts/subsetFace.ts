import subsetFont from "subset-font";
import { create } from "fontkitten";
import type { WebFont } from "./webFonts.ts";

// The OpenType features Chromium applies by default, plus the numerals the CSS asks for (`lining-nums`,
// `tabular-nums`); the rest (Inter's stylistic sets, fractions, superiors …) only adds alternate glyphs.
const KEPT_FEATURES = [
  ...["ccmp", "locl", "rlig", "rvrn", "liga", "clig", "calt", "kern", "mark", "mkmk", "dist"],
  ...["lnum", "tnum"],
];

/** One subset font file: its WOFF2 bytes and the code points it has glyphs for. */
export interface SubsetFace {
  woff2: Buffer;
  codePoints: number[];
}

/**
 * A Fontsource face cut to `codePoints` (those it has glyphs for) with its `wght` axis instanced to the range the
 * pages draw, as WOFF2 (harfbuzz's hb-subset through subset-font); undefined when it has none of them.
 */
export async function subsetFace(
  source: Buffer,
  codePoints: readonly number[],
  font: WebFont,
): Promise<SubsetFace | undefined> {
  const original = create(source);
  if (original.isCollection) throw new Error(`${font.family}: a font collection, not a font`);
  const kept = codePoints.filter((codePoint) => original.hasGlyphForCodePoint(codePoint));
  if (kept.length === 0) return undefined;
  const woff2 = await subsetFont(source, String.fromCodePoint(...kept), {
    targetFormat: "woff2",
    keepFeatures: KEPT_FEATURES,
    variationAxes: { wght: font.weight },
  });
  return { woff2, codePoints: kept };
}
