/** Normalizes a chart SVG for snapshot comparison: numbers to 3 decimals, one element per line. */
export function normalizeSvg(svg: string): string {
  return (
    svg
      .replace(/\d+\.\d{4,}/g, (match) => String(Math.round(Number(match) * 1000) / 1000))
      .replace(/></g, ">\n<")
      .trim() + "\n"
  );
}
