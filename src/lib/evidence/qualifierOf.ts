import type { Qualifier } from "./qualifierPatterns.ts";

/** The parts of a data row that say how its numbers are qualified. */
export interface QualifiedRow {
  readonly qualifier?: Qualifier | undefined;
  readonly qualifiers?: Readonly<Record<string, Qualifier>> | undefined;
}

/** How a source qualifies one field of a row: its entry in `qualifiers`, else the row's `qualifier`, else "exact". */
export function qualifierOf(row: QualifiedRow, field: string): Qualifier {
  return row.qualifiers?.[field] ?? row.qualifier ?? "exact";
}
