import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DataValidationError } from "../../../src/lib/data/DataValidationError.ts";
import { loadDatasets } from "../../../src/lib/data/loadDatasets.ts";

/** The smallest data/ directory that passes every check: one edge case at a time is broken from it. */
export const validFixture = join(import.meta.dirname, "../../fixtures/data/valid");

/** A row of a fixture file, loosely typed so a test can break it. */
export type FixtureRow = Record<string, unknown>;

/** An edit of one fixture file: change its rows in place, or return what the file should contain instead. */
export type FixtureEdit = (rows: FixtureRow[]) => unknown;

/** A fresh copy of the valid fixture in a temporary directory, with each edit applied to its file. */
export function brokenFixture(edits: Record<string, FixtureEdit>): string {
  const dir = mkdtempSync(join(tmpdir(), "data-fixture-"));
  cpSync(validFixture, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const rows = JSON.parse(readFileSync(path, "utf8")) as FixtureRow[];
    const result = edit(rows);
    writeFileSync(
      path,
      typeof result === "string" ? result : JSON.stringify(result ?? rows, null, 2),
    );
  }
  return dir;
}

// A test that changes a number to break another rule also moves it away from its quote; the evidence
// check's lines are then beside the point, and only the evidence tests ask for them.
const evidenceLine = / is not stated in its evidence | the quote qualifies /;

/** What a test wants to see: every problem line, or (the default) all but the evidence check's. */
export interface ProblemOptions {
  readonly evidence?: boolean;
}

/** The problem lines loadDatasets reports for a directory (none if it loads); removes a temporary directory after. */
export function problemLines(dir: string, options: ProblemOptions = {}): string[] {
  try {
    loadDatasets(dir);
    return [];
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    const lines = error.message.split("\n").slice(1);
    return options.evidence === true ? lines : lines.filter((line) => !evidenceLine.test(line));
  } finally {
    if (dir !== validFixture) rmSync(dir, { recursive: true, force: true });
  }
}

/** The problem lines after breaking the valid fixture with `edits`. */
export function problemsAfter(
  edits: Record<string, FixtureEdit>,
  options: ProblemOptions = {},
): string[] {
  return problemLines(brokenFixture(edits), options);
}

/** The row at `index`, failing the test loudly if the fixture changed shape. */
export function row(rows: readonly FixtureRow[], index: number): FixtureRow {
  const found = rows[index];
  if (!found) throw new Error(`fixture has no row ${String(index)}`);
  return found;
}
