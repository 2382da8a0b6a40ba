import type { DataProblem } from "../DataProblem.ts";
import type { LoadedFile, LoadedRow } from "../LoadedRow.ts";

/** A running-total row: cumulative numbers (null where not given) and an optional note explaining a fall. */
export type RunningTotalRow = Readonly<Record<string, unknown>> & {
  readonly note?: string | undefined;
};

/**
 * Checks that a running total never goes down within one series (same body, same scope) unless the lower row has a note;
 * `seriesOf` names the series, `fields` are the cumulative numbers (people, hectares).
 */
export function checkRunningTotals<Row extends RunningTotalRow>(
  { file, rows }: LoadedFile<Row>,
  seriesOf: (row: Row) => string,
  fields: readonly (keyof Row & string)[],
): DataProblem[] {
  const problems: DataProblem[] = [];
  // The latest earlier row with a number, per series and field.
  const latest = new Map<string, LoadedRow<Row>>();
  for (const row of rows) {
    const series = seriesOf(row.value);
    for (const field of fields) {
      const current = row.value[field];
      if (typeof current !== "number") continue;
      const slot = `${series}\u0000${field}`;
      const previous = latest.get(slot);
      latest.set(slot, row);
      const before = previous?.value[field];
      if (
        previous === undefined ||
        typeof before !== "number" ||
        current >= before ||
        row.value.note !== undefined
      )
        continue;
      const message =
        `${String(current)} is lower than ${String(before)} in row ${String(previous.index)} (key ${JSON.stringify(previous.key)}) ` +
        `of the same series (${series}); a running total that goes down needs a note saying why`;
      problems.push({ file, row: row.index, key: row.key, field, message });
    }
  }
  return problems;
}
