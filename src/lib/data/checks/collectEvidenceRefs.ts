/** An object in a row that cites evidence: its dot path ("" for the row, "facts.2"), evidence ids and source ids. */
export interface EvidenceRef {
  readonly path: string;
  readonly evidence: readonly string[];
  readonly sources: readonly string[];
  /** The object itself, for checks on its other fields (its date). */
  readonly object: Readonly<Record<string, unknown>>;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

/** Every object of a row, at any depth, that lists `evidence` (the row, claims' responses, district facts). */
export function collectEvidenceRefs(value: unknown, path: readonly string[] = []): EvidenceRef[] {
  if (value === null || typeof value !== "object") return [];
  if (Array.isArray(value))
    return value.flatMap((item: unknown, index) =>
      collectEvidenceRefs(item, [...path, String(index)]),
    );
  const record = value as Readonly<Record<string, unknown>>;
  const own: EvidenceRef[] = Array.isArray(record.evidence)
    ? [
        {
          path: path.join("."),
          evidence: strings(record.evidence),
          sources: strings(record.sources),
          object: record,
        },
      ]
    : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([name, child]) =>
      name === "evidence" ? [] : collectEvidenceRefs(child, [...path, name]),
    ),
  ];
}
