import { datasets, type Datasets } from "../data/datasets.ts";

/** Which figure a sentence quotes: a dataset, a row (by its dataset key, or "latest" = last row), and a numeric field. */
export interface FactRef {
  dataset: keyof Datasets;
  /** The row's key as in src/lib/data/datasets.ts (e.g. "2026-03-12/Ministry of Foreign Affairs"), or "latest". */
  row: string;
  /** A numeric field, or "figures.<name>" for a number an event or claim states in its text. */
  field: string;
  /** With row "latest": only rows whose `reportedBy` is this body. */
  reportedBy?: string;
  /** For rows holding a list of `facts` (districts): the fact "metric@asOf", e.g. "items-found@2022-08-31". */
  item?: string;
}

/** A figure quoted in prose, with what the reader needs to check it. */
export interface Fact {
  value: number;
  /** The row's date or year, for "as of". */
  asOf: string | undefined;
  reportedBy: string | undefined;
  sources: string[];
  /** Ids of the data/evidence.json records whose quotes state the value (none for a site calculation). */
  evidence: string[];
  qualifier: string | undefined;
  /** Set when the value is the site's own calculation. */
  method: string | undefined;
  /** ISO 4217 code when the row is an amount of money. */
  currency: string | undefined;
}

/** A row of any dataset, seen generically. */
export type AnyRow = Record<string, unknown> & { sources?: string[]; reportedBy?: string };

/** The row a reference names, and a phrase locating it for error messages; throws when there is none. */
export function findRow(
  data: Datasets,
  ref: Omit<FactRef, "field">,
): { row: AnyRow; where: string } {
  const definition = datasets.find((candidate) => candidate.name === ref.dataset);
  if (!definition) throw new Error(`Fact: no dataset "${ref.dataset}"`);
  const rows = data[ref.dataset] as unknown as AnyRow[];
  const where = `${definition.file} row "${ref.row}"`;
  if (ref.reportedBy !== undefined && ref.row !== "latest")
    throw new Error(`Fact: reportedBy only works with row "latest" (${where})`);
  const row =
    ref.row === "latest"
      ? rows
          .filter((candidate) => !ref.reportedBy || candidate.reportedBy === ref.reportedBy)
          .at(-1)
      : rows.find(
          (candidate) => (definition.key as (row: AnyRow) => string)(candidate) === ref.row,
        );
  if (!row)
    throw new Error(
      ref.reportedBy === undefined
        ? `Fact: no row for ${where}`
        : `Fact: no row reported by "${ref.reportedBy}" in ${definition.file}`,
    );
  if (ref.item === undefined) return { row, where };
  const items = Array.isArray(row["facts"]) ? (row["facts"] as AnyRow[]) : [];
  const item = items.find(
    (candidate) => `${String(candidate["metric"])}@${String(candidate["asOf"])}` === ref.item,
  );
  if (!item) throw new Error(`Fact: ${where} has no fact "${ref.item}"`);
  return { row: item, where: `${where} fact "${ref.item}"` };
}

/** Finds one figure in the validated datasets; throws a message naming the reference when it is missing or not a number. */
export function lookupFact(data: Datasets, ref: FactRef): Fact {
  const { row, where } = findRow(data, ref);
  if (ref.field.startsWith("figures.")) return lookupRowFigure(row, where, ref.field.slice(8));
  const value = row[ref.field];
  if (typeof value !== "number")
    throw new Error(
      `Fact: ${where} field "${ref.field}" is ${value === undefined ? "missing" : JSON.stringify(value)}, not a number`,
    );
  return { value, ...provenanceOf(row, ref.field) };
}

// Events and claims state their numbers in words; `figures` holds each as a number with its own qualifier.
function lookupRowFigure(row: AnyRow, where: string, name: string): Fact {
  const figures = (row["figures"] ?? {}) as Record<
    string,
    { value: number; qualifier: string } | undefined
  >;
  const figure = figures[name];
  if (!figure) throw new Error(`Fact: ${where} has no figure "${name}"`);
  return { ...provenanceOf({ ...row, qualifier: figure.qualifier }), value: figure.value };
}

/**
 * Who says a row's figures, when, where it is published, the evidence, and how it is qualified; with `field`,
 * that field's own qualifier and whether the site computed it (its `derived.fields`).
 */
export function provenanceOf(row: AnyRow, field?: string): Omit<Fact, "value"> {
  const asOf = [row["asOf"], row["date"], row["year"]].find(
    (candidate): candidate is string | number =>
      typeof candidate === "string" || typeof candidate === "number",
  );
  const derived = row["derived"] as { method: string; fields: string[] } | undefined;
  const calculated =
    derived !== undefined && (field === undefined || derived.fields.includes(field));
  const qualifiers = (row["qualifiers"] ?? {}) as Record<string, string | undefined>;
  const qualifier =
    (field === undefined ? undefined : qualifiers[field]) ??
    (typeof row["qualifier"] === "string" ? row["qualifier"] : undefined);
  return {
    asOf: asOf === undefined ? undefined : String(asOf),
    reportedBy: row.reportedBy,
    sources: row.sources ?? [],
    evidence: calculated ? [] : ((row["evidence"] as string[] | undefined) ?? []),
    qualifier: qualifier === "exact" ? undefined : qualifier,
    method: calculated ? derived.method : undefined,
    currency: typeof row["currency"] === "string" ? row["currency"] : undefined,
  };
}
