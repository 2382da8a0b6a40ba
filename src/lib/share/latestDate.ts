const isoLike = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The latest of some ISO dates ("YYYY", "YYYY-MM" or "YYYY-MM-DD"; other values ignored), or undefined;
 * a coarser date sorts before the finer dates it contains, so "2026-03-13" wins over "2026".
 */
export function latestDate(values: Iterable<unknown>): string | undefined {
  let latest: string | undefined;
  for (const value of values) {
    if (typeof value !== "string" || !isoLike.test(value)) continue;
    if (latest === undefined || value > latest) latest = value;
  }
  return latest;
}
