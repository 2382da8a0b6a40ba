import { datasets, type Datasets } from "../data/datasets.ts";

/** Which figure a sentence quotes: a dataset, a row (by its dataset key, or "latest" = last row), and a numeric field. */
export interface FactRef {
  dataset: keyof Datasets;
  /** The row's key as in src/lib/data/datasets.ts (e.g. "2026-03-12/Ministry of Foreign Affairs"), or "latest". */
  row: string;
  field: string;
  /** With row "latest": only rows whose `reportedBy` is this body. */
  reportedBy?: string;
}

/** A figure quoted in prose, with what the reader needs to check it. */
export interface Fact {
  value: number;
  /** The row's date or year, for "as of". */
  asOf: string | undefined;
  reportedBy: string | undefined;
  sources: string[];
  qualifier: string | undefined;
  /** Set when the value is the site's own calculation. */
  method: string | undefined;
}

type AnyRow = Record<string, unknown> & { sources?: string[]; reportedBy?: string };

/** Finds one figure in the validated datasets; throws a message naming the reference when it is missing or not a number. */
export function lookupFact(data: Datasets, ref: FactRef): Fact {
  const definition = datasets.find((candidate) => candidate.name === ref.dataset);
  if (!definition) throw new Error(`Fact: no dataset "${ref.dataset}"`);
  const rows = data[ref.dataset] as unknown as AnyRow[];
  const where = `${definition.file} row "${ref.row}" field "${ref.field}"`;
  const row =
    ref.row === "latest"
      ? rows
          .filter((candidate) => !ref.reportedBy || candidate.reportedBy === ref.reportedBy)
          .at(-1)
      : rows.find(
          (candidate) => (definition.key as (row: AnyRow) => string)(candidate) === ref.row,
        );
  if (!row) throw new Error(`Fact: no row for ${where}`);
  const value = row[ref.field];
  if (typeof value !== "number")
    throw new Error(`Fact: ${where} is ${JSON.stringify(value)}, not a number`);
  const asOf = [row["asOf"], row["date"], row["year"]].find(
    (candidate): candidate is string | number =>
      typeof candidate === "string" || typeof candidate === "number",
  );
  const derived = row["derived"] as { method: string } | undefined;
  return {
    value,
    asOf: asOf === undefined ? undefined : String(asOf),
    reportedBy: row.reportedBy,
    sources: row.sources ?? [],
    qualifier:
      typeof row["qualifier"] === "string" && row["qualifier"] !== "exact"
        ? row["qualifier"]
        : undefined,
    method: derived?.method,
  };
}
