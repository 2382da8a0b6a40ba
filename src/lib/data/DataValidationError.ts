import { formatProblem, type DataProblem } from "./DataProblem.ts";

/** Thrown when data/ is invalid: lists every problem of the run, one per line, so they can all be fixed in one pass. */
export class DataValidationError extends Error {
  /** Every problem found, in file order. */
  readonly problems: readonly DataProblem[];

  constructor(problems: readonly DataProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${String(problems.length)} problems`;
    super(`Invalid data (${count}):\n${problems.map(formatProblem).join("\n")}`);
    this.name = "DataValidationError";
    this.problems = problems;
  }
}
