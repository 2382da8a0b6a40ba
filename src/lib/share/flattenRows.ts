import type { CsvValue } from "./csv.ts";

/** Rows flattened for CSV: the column names in order and one value per column for every row. */
export interface FlatTable {
  columns: string[];
  rows: CsvValue[][];
}

const isPrimitive = (value: unknown): value is string | number | boolean =>
  ["string", "number", "boolean"].includes(typeof value);

/** One value as a CSV field: lists of plain values joined with "; ", nested objects as JSON, missing as empty. */
export function flattenValue(value: unknown): CsvValue {
  if (value === null || value === undefined) return null;
  if (isPrimitive(value)) return value;
  if (Array.isArray(value) && value.every(isPrimitive)) return value.join("; ");
  return JSON.stringify(value);
}

/**
 * Flattens dataset rows for CSV: the `fields` first (the schema's order), then any other key in the
 * order it first appears, so no value is lost even if a schema and its rows disagree.
 */
export function flattenRows(rows: readonly object[], fields: readonly string[] = []): FlatTable {
  const columns = [...fields];
  for (const row of rows) {
    for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  }
  return {
    columns,
    rows: rows.map((row) =>
      columns.map((column) => flattenValue((row as Record<string, unknown>)[column])),
    ),
  };
}
