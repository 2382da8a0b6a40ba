/** A source id cited somewhere in a row, with the dot path of where, e.g. "responses.0.sources.1". */
export interface SourceRef {
  readonly id: string;
  readonly field: string;
}

/** Every source id in any `sources` array of a row, at any depth (claims' responses, district facts). */
export function collectSourceRefs(value: unknown, path: readonly string[] = []): SourceRef[] {
  if (value === null || typeof value !== "object") return [];
  if (Array.isArray(value))
    return value.flatMap((item: unknown, index) =>
      collectSourceRefs(item, [...path, String(index)]),
    );
  return Object.entries(value).flatMap(([name, child]: [string, unknown]) => {
    if (name === "sources" && Array.isArray(child)) {
      return child.flatMap((id: unknown, index) =>
        typeof id === "string" ? [{ id, field: [...path, name, String(index)].join(".") }] : [],
      );
    }
    return collectSourceRefs(child, [...path, name]);
  });
}
