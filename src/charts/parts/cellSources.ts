import { provenanceOf, type AnyRow } from "../../lib/story/lookupFact.ts";
import type { Edition } from "../../i18n/edition.ts";
import type { CellSource, ChartTable } from "../types.ts";

/**
 * The sources of a table row's number cells: for each column key, the data row's field it shows (its evidence and
 * qualifier, or the row's `derived` method when the field is the site's calculation), or `{ calc }` for a value the
 * chart itself computes. A list of fields stands for cells keyed by the same names. A row's method is data text,
 * shown to readers: it is given in the edition's words (`text`); qualifiers stay codes for the table to word.
 */
export function cellSources(
  row: object,
  cells: readonly string[] | Readonly<Record<string, string | { calc: string }>>,
  text: Edition["text"],
): Record<string, CellSource> {
  const entries = Array.isArray(cells)
    ? cells.map((field: string) => [field, field] as const)
    : Object.entries(cells);
  return Object.fromEntries(
    entries.map(([key, field]): [string, CellSource] => {
      if (typeof field !== "string") return [key, field];
      const { evidence, qualifier, method } = provenanceOf(row as AnyRow, field);
      return [key, method === undefined ? { evidence, qualifier } : { calc: text(method) }];
    }),
  );
}

/** One table row with the sources of its number cells. */
export interface SourcedRow {
  readonly row: ChartTable["rows"][number];
  readonly cells: Readonly<Record<string, CellSource>>;
}

/** A table's rows and their cells' sources, built from one list so the two stay in step. */
export function sourcedRows(
  entries: readonly SourcedRow[],
): Pick<ChartTable, "rows" | "provenance"> {
  return { rows: entries.map(({ row }) => row), provenance: entries.map(({ cells }) => cells) };
}
