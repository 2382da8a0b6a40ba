/** Rounds every decimal number in an SVG attribute value (coordinates, paths) to `digits` decimals. */
export function roundNumbers(value: string, digits = 1): string {
  const factor = 10 ** digits;
  return value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (match) => {
    const rounded = Math.round(Number(match) * factor) / factor;
    return Object.is(rounded, -0) ? "0" : String(rounded);
  });
}
