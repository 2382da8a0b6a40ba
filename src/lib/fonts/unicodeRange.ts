/** Code point ranges, inclusive at both ends, as `[first, last]`. */
export type CodePointRanges = readonly (readonly [number, number])[];

/** The ranges of a CSS `unicode-range` value ("U+0000-00FF,U+0131,U+1F??"). */
export function parseUnicodeRange(value: string): CodePointRanges {
  return value.split(",").map((part) => {
    const token = part.trim().replace(/^U\+/i, "");
    const [first = "", last] = token.includes("?")
      ? [token.replaceAll("?", "0"), token.replaceAll("?", "F")]
      : token.split("-");
    const start = Number.parseInt(first, 16);
    const end = last === undefined ? start : Number.parseInt(last, 16);
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      throw new Error(`unicode-range: cannot read "${part}"`);
    }
    return [start, end] as const;
  });
}

/** Whether a code point lies in one of the ranges. */
export const inRanges = (ranges: CodePointRanges, codePoint: number): boolean =>
  ranges.some(([first, last]) => codePoint >= first && codePoint <= last);

const hex = (codePoint: number): string => codePoint.toString(16).toUpperCase();

/** A compact CSS `unicode-range` value for a set of code points, runs merged ("U+20-7E,U+A0"). */
export function formatUnicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const codePoint of sorted) {
    const run = runs.at(-1);
    if (run && codePoint === run[1] + 1) run[1] = codePoint;
    else runs.push([codePoint, codePoint]);
  }
  return runs
    .map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`))
    .join(",");
}
