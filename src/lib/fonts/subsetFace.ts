import subsetFont from "subset-font";
import { create } from "fontkitten";
import { hasLocalizedForms } from "./localizedForms.ts";
import type { WebFont } from "./webFonts.ts";

// The OpenType features Chromium applies by default, plus the numerals the CSS asks for (`lining-nums`,
// `tabular-nums`); the rest (Inter's stylistic sets, fractions, superiors …) only adds alternate glyphs. `locl`
// goes where no language the text is in has localized forms: Source Serif's Bulgarian and Serbian Cyrillic
// (never shown, as no page is in those languages) were a third of the Russian story's serif Cyrillic file.
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
 * A Fontsource face cut to `codePoints` (those it has glyphs for) as a static instance at `weight` (its `wght` axis
 * pinned), with localized forms only if the family's `text` (its languages, BCP 47, and letters) gets some, as WOFF2 (harfbuzz's hb-subset through
 * subset-font); undefined when it has none of the code points.
 */
export async function subsetFace(
  source: Buffer,
  codePoints: readonly number[],
  font: WebFont,
  weight: number,
  text: { languages: Iterable<string>; codePoints: Iterable<number> },
): Promise<SubsetFace | undefined> {
  const original = create(source);
  if (original.isCollection) throw new Error(`${font.family}: a font collection, not a font`);
  const kept = codePoints.filter((codePoint) => original.hasGlyphForCodePoint(codePoint));
  if (kept.length === 0) return undefined;
  const woff2 = await subsetFont(source, String.fromCodePoint(...kept), {
    targetFormat: "woff2",
    keepFeatures: hasLocalizedForms(original, text.languages, text.codePoints)
      ? KEPT_FEATURES
      : KEPT_FEATURES.filter((feature) => feature !== "locl"),
    variationAxes: { wght: weight },
    // STAT names the axis's named instances for a variable font; a static instance has no axis left.
    dropTables: ["STAT"],
  });
  return { woff2, codePoints: kept };
}
