import type { Datasets } from "../data/datasets.ts";
import { findRow, provenanceOf, type Fact, type FactRef } from "./lookupFact.ts";

/** A date quoted in prose (an event's day, a report's as-of date), with the row's provenance. */
export interface DateFactValue extends Omit<Fact, "value" | "asOf"> {
  /** "YYYY-MM-DD" or "YYYY-MM". */
  date: string;
  /** The last day of a multi-day event, when the row has one. */
  endDate: string | undefined;
}

const isoDate = /^\d{4}-\d{2}(-\d{2})?$/;

/** The date in a row's `date`, `asOf` or `statedOn` field (or the named field); throws when absent or not ISO. */
export function lookupDate(
  data: Datasets,
  ref: Omit<FactRef, "field"> & { field?: string },
): DateFactValue {
  const { row, where } = findRow(data, ref);
  const fields = ref.field === undefined ? ["date", "asOf", "statedOn"] : [ref.field];
  const date = fields.map((field) => row[field]).find((value) => typeof value === "string");
  if (typeof date !== "string" || !isoDate.test(date))
    throw new Error(`DateFact: ${where} has no ISO date in ${fields.join("/")}`);
  const endDate =
    ref.field === undefined && typeof row["endDate"] === "string" ? row["endDate"] : undefined;
  const { reportedBy, sources, evidence, qualifier, method, currency } = provenanceOf(row);
  return { date, endDate, reportedBy, sources, evidence, qualifier, method, currency };
}
