import type { DataProblem } from "../DataProblem.ts";
import type { LoadedFile } from "../LoadedRow.ts";

/** The start and end fields of a row's span, wherever a dataset has them. */
const SPANS = [
  ["date", "endDate"],
  ["periodStart", "periodEnd"],
] as const;

// "2024-05" and "2024-05-10" overlap (a month holds its days), so neither comes before the other.
const before = (end: string, start: string): boolean => !start.startsWith(end) && end < start;

/** Checks that no span ends before it starts (an event's endDate, a period's periodEnd), naming the end field. */
export function checkDateOrder({ file, rows }: LoadedFile<unknown>): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const { index, key, value } of rows) {
    if (typeof value !== "object" || value === null) continue;
    const row = value as Record<string, unknown>;
    for (const [startField, endField] of SPANS) {
      const [start, end] = [row[startField], row[endField]];
      if (typeof start !== "string" || typeof end !== "string" || !before(end, start)) continue;
      problems.push({
        file,
        row: index,
        key,
        field: endField,
        message: `${JSON.stringify(end)} comes before ${startField} ${JSON.stringify(start)}; a span cannot end before it starts`,
      });
    }
  }
  return problems;
}
