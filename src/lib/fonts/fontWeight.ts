/** What a rule sets the weight to: a CSS weight (1–1000), one relative to the parent's, or the parent's own. */
export type WeightValue = number | "bolder" | "lighter" | "inherit";

const KEYWORDS: Readonly<Record<string, WeightValue>> = {
  normal: 400,
  bold: 700,
  bolder: "bolder",
  lighter: "lighter",
  inherit: "inherit",
};

const keywordOrNumber = (token: string): WeightValue | undefined => {
  const keyword = KEYWORDS[token.toLowerCase()];
  if (keyword !== undefined) return keyword;
  return /^\d+$/.test(token) && Number(token) >= 1 && Number(token) <= 1000
    ? Number(token)
    : undefined;
};

/** The weight a `font-weight` value sets ("bold" → 700); throws on one it cannot read (a `var()`). */
export function fontWeightValue(value: string): WeightValue {
  const weight = keywordOrNumber(value.trim());
  if (weight === undefined) throw new Error(`font-weight: cannot read "${value}"`);
  return weight;
}

/**
 * The weight a `font` shorthand sets: the weight among the words before the size, or 400, since the shorthand
 * resets every part it leaves out to its initial value ("normal"); `font: inherit` inherits.
 */
export function fontShorthandWeight(value: string): WeightValue {
  const words = value.trim().split(/\s+/);
  if (words.length === 1 && /^inherit$/i.test(words[0] ?? "")) return "inherit";
  // A bare number in the shorthand can only be the weight (a size needs a unit), and the size ends the run.
  for (const word of words) {
    const weight = keywordOrNumber(word);
    if (weight !== undefined && weight !== "inherit") return weight;
    if (/^[\d.]/.test(word) || word.includes("var(")) break;
  }
  return 400;
}

/** The computed weight of a `value` given the parent's (CSS Fonts 4: bolder and lighter go by steps). */
export function computedWeight(value: WeightValue, parent: number): number {
  if (value === "inherit") return parent;
  if (value === "bolder") return parent < 350 ? 400 : parent < 550 ? 700 : Math.max(900, parent);
  if (value === "lighter")
    return parent < 100 ? parent : parent < 550 ? 100 : parent < 750 ? 400 : 700;
  return value;
}
