import type { Datasets } from "../data/datasets.ts";
import { findRow, provenanceOf, type Fact, type FactRef } from "./lookupFact.ts";

/** A number as a data text words it ("2,728"), parsed to its value. */
export interface QuotedNumber extends Omit<Fact, "value"> {
  /** The number exactly as written in the data text. */
  text: string;
  value: number;
}

/**
 * Finds a number inside a text field of a row (a note or a stated target, where the dataset has no numeric field
 * for it) and returns it with the row's sources; throws unless the text contains exactly that number.
 */
export function lookupQuotedNumber(data: Datasets, ref: FactRef & { quote: string }): QuotedNumber {
  const { row, where } = findRow(data, ref);
  const text = row[ref.field];
  if (typeof text !== "string")
    throw new Error(`Fact: ${where} field "${ref.field}" is not a text to quote from`);
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(ref.quote))
    throw new Error(`Fact: quote "${ref.quote}" is not a number as written in English text`);
  // The number must stand alone: "2,728" must not match inside "12,728" or "2,7289".
  const escaped = ref.quote.replace(/[.,]/g, (mark) => `\\${mark}`);
  if (!new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(text))
    throw new Error(`Fact: ${where} field "${ref.field}" does not contain the number ${ref.quote}`);
  return { text: ref.quote, value: Number(ref.quote.replaceAll(",", "")), ...provenanceOf(row) };
}
