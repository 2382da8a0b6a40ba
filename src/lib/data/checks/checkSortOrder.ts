import type { DataProblem } from "../DataProblem.ts";
import type { LoadedFile } from "../LoadedRow.ts";

/** Checks rows are sorted by `field` ascending (ties allowed), naming each row that comes too early. */
export function checkSortOrder<Row>(
  { file, rows }: LoadedFile<Row>,
  field: keyof Row & string,
): DataProblem[] {
  const problems: DataProblem[] = [];
  rows.forEach((row, position) => {
    const previous = rows[position - 1];
    if (previous === undefined) return;
    const [before, current] = [previous.value[field], row.value[field]];
    // ISO dates compare correctly as strings ("2023-05" < "2023-05-01"), years as numbers.
    const comparable =
      (typeof before === "string" && typeof current === "string") ||
      (typeof before === "number" && typeof current === "number");
    if (!comparable || current >= before) return;
    const message =
      `${JSON.stringify(current)} comes after ${JSON.stringify(before)} (row ${String(previous.index)}); ` +
      `rows must be sorted by ${field}, earliest first`;
    problems.push({ file, row: row.index, key: row.key, field, message });
  });
  return problems;
}
