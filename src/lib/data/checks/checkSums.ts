import type { DataProblem } from "../DataProblem.ts";
import type { LoadedFile } from "../LoadedRow.ts";

/** The count fields that must add up. */
type CountField =
  | "total"
  | "killed"
  | "injured"
  | "killedCivilian"
  | "killedMilitary"
  | "injuredCivilian"
  | "injuredMilitary";

/** A row with some of the casualty count fields (people; null where the source gives none). */
export type CountRow = Partial<Record<CountField, number | null>>;

// Each whole and its two parts; derived rows are checked too, since a computed total must add up as well.
const sums: readonly (readonly [CountField, CountField, CountField])[] = [
  ["total", "killed", "injured"],
  ["killed", "killedCivilian", "killedMilitary"],
  ["injured", "injuredCivilian", "injuredMilitary"],
];

/** Checks killed + injured = total, and civilian + military = killed / injured, wherever all three numbers are given. */
export function checkSums({ file, rows }: LoadedFile<CountRow>): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const { index, key, value } of rows) {
    for (const [whole, first, second] of sums) {
      const [w, a, b] = [value[whole], value[first], value[second]];
      if (w == null || a == null || b == null || a + b === w) continue;
      const message = `${first} (${String(a)}) + ${second} (${String(b)}) = ${String(a + b)}, but ${whole} is ${String(w)}`;
      problems.push({ file, row: index, key, field: whole, message });
    }
  }
  return problems;
}
