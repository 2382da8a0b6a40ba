/** One thing wrong with the data: where it is (file, row, field) and what is wrong, in words an editor can act on. */
export interface DataProblem {
  /** The file as the newsroom knows it, e.g. "data/casualties-running-totals.json". */
  readonly file: string;
  /** The row's index in the file's array, counting from 0 as JSON tools do (jq `.[3]`). */
  readonly row?: number;
  /** The row's key, e.g. "2023-09-19/ANAMA", when the row has enough fields to make one. */
  readonly key?: string;
  /** The field as a dot path, e.g. "killed" or "responses.0.sources.1". */
  readonly field?: string;
  /** What is wrong, e.g. "expected a whole number, got 61.5". */
  readonly message: string;
}

/** One line naming the file, row (index and key), field and problem, e.g. `data/x.json: row 3 (key "k"): field "killed": …`. */
export function formatProblem(problem: DataProblem): string {
  const parts = [problem.file];
  if (problem.row !== undefined) {
    const key = problem.key === undefined ? "" : ` (key ${JSON.stringify(problem.key)})`;
    parts.push(`row ${String(problem.row)}${key}`);
  }
  if (problem.field !== undefined) parts.push(`field ${JSON.stringify(problem.field)}`);
  parts.push(problem.message);
  return parts.join(": ");
}
