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

/** The problem lines loadDatasets reports for a directory (none if it loads); removes a temporary directory after. */
export function problemLines(dir: string): string[] {
  try {
    loadDatasets(dir);
    return [];
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    return error.message.split("\n").slice(1);
  } finally {
    if (dir !== validFixture) rmSync(dir, { recursive: true, force: true });
  }
}

/** The problem lines after breaking the valid fixture with `edits`. */
export function problemsAfter(edits: Record<string, FixtureEdit>): string[] {
  return problemLines(brokenFixture(edits));
}

/** The row at `index`, failing the test loudly if the fixture changed shape. */
export function row(rows: readonly FixtureRow[], index: number): FixtureRow {
  const found = rows[index];
  if (!found) throw new Error(`fixture has no row ${String(index)}`);
  return found;
}
