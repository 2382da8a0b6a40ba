/** A zod issue path as a dot path, e.g. ["responses", 0, "sources"] → "responses.0.sources". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join(".");
}

/** The value at a zod issue path inside a raw row, or undefined where the path does not exist. */
export function valueAt(row: unknown, path: readonly PropertyKey[]): unknown {
  let node = row;
  for (const part of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}
