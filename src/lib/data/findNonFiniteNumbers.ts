/** The paths (array indexes and keys) of every number in parsed JSON that is not finite, e.g. 1e999 read as Infinity. */
export function findNonFiniteNumbers(
  value: unknown,
  path: readonly (string | number)[] = [],
): (string | number)[][] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [[...path]];
  if (Array.isArray(value))
    return value.flatMap((item: unknown, index) => findNonFiniteNumbers(item, [...path, index]));
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([key, item]) =>
      findNonFiniteNumbers(item, [...path, key]),
    );
  return [];
}
