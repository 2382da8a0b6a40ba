import type { DataProblem } from "../DataProblem.ts";
import type { LoadedFile } from "../LoadedRow.ts";

/** Checks no two rows of a file share a key, naming the row that first used it. */
export function checkUniqueKeys({ file, rows }: LoadedFile<unknown>): DataProblem[] {
  const firstRowByKey = new Map<string, number>();
  const problems: DataProblem[] = [];
  for (const { index, key } of rows) {
    const first = firstRowByKey.get(key);
    if (first === undefined) firstRowByKey.set(key, index);
    else
      problems.push({
        file,
        row: index,
        key,
        message: `duplicate key: row ${String(first)} has the same key`,
      });
  }
  return problems;
}
