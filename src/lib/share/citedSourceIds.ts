/** Every source id cited anywhere in some rows (in `sources` arrays at any depth), sorted and unique. */
export function citedSourceIds(rows: readonly unknown[]): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (typeof value === "object" && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        if (key === "sources" && Array.isArray(inner)) {
          for (const id of inner) if (typeof id === "string") found.add(id);
        } else visit(inner);
      }
    }
  };
  visit(rows);
  return [...found].sort();
}
