import type { DataProblem } from "../DataProblem.ts";
import type { LoadedFile } from "../LoadedRow.ts";

/** The count fields that must add up. */
type CountField =
  | "total"
  | "killed"
  | "injured"
  | "unknownStatus"
  | "killedCivilian"
  | "killedMilitary"
  | "injuredCivilian"
  | "injuredMilitary";

/** A row with some of the casualty count fields (people; null where the source gives none). */
export type CountRow = Partial<Record<CountField, number | null>>;

/** A whole, the two parts that must be given, and a part that counts as 0 when missing. */
type Sum = readonly [whole: CountField, first: CountField, second: CountField, extra?: CountField];

// Each whole and its parts; derived rows are checked too, since a computed total must add up as well.
// People of unknown status are part of the Monitor's total but neither killed nor injured.
const sums: readonly Sum[] = [
  ["total", "killed", "injured", "unknownStatus"],
  ["killed", "killedCivilian", "killedMilitary"],
  ["injured", "injuredCivilian", "injuredMilitary"],
];

/**
 * Checks killed + injured + unknownStatus (0 when not given) = total, and civilian + military = killed / injured,
 * wherever the whole and its two main parts are given.
 */
export function checkSums({ file, rows }: LoadedFile<CountRow>): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const { index, key, value } of rows) {
    for (const [whole, first, second, extra] of sums) {
      const [w, a, b] = [value[whole], value[first], value[second]];
      const c = extra === undefined ? 0 : (value[extra] ?? 0);
      if (w == null || a == null || b == null || a + b + c === w) continue;
      // Name the extra part only in rows that have the field, so other datasets keep a two-part message.
      const extraTerm =
        extra !== undefined && extra in value
          ? ` + ${extra} (${value[extra] == null ? "not given, counted as 0" : String(c)})`
          : "";
      const message = `${first} (${String(a)}) + ${second} (${String(b)})${extraTerm} = ${String(a + b + c)}, but ${whole} is ${String(w)}`;
      problems.push({ file, row: index, key, field: whole, message });
    }
  }
  return problems;
}
