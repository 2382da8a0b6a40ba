import type { DatasetDefinition } from "./defineDataset.ts";

/** The key of a row that may not have passed its schema, with "?" for missing parts, or undefined if the row is not an object. */
export function rawRowKey(definition: DatasetDefinition, row: unknown): string | undefined {
  if (row === null || typeof row !== "object" || Array.isArray(row)) return undefined;
  // A proxy lets the registry's typed key functions run on raw rows without a second, untyped copy of each key.
  const lenient = new Proxy(row, {
    get: (target, property) => (target as Record<PropertyKey, unknown>)[property] ?? "?",
  });
  try {
    return definition.key(lenient);
  } catch {
    return undefined;
  }
}
