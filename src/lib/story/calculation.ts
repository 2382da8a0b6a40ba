import type { Datasets } from "../data/datasets.ts";
import { formatNumber } from "../format.ts";
import type { CalculationEdition, CalculationWords } from "./calculationWords.ts";
import { lookupFact, type FactRef } from "./lookupFact.ts";

/** What a site calculation gives: the value, how it was made (in words, with its inputs) and the inputs' sources. */
export interface CalculationResult {
  value: number;
  method: string;
  sources: string[];
}

/** A named calculation of the site: how to show its value, and how to compute it from the validated datasets. */
export interface Calculation {
  /** "percent" values are in percent units (21.3 → "21.3%"); "year" is shown without a thousands separator. */
  as: "number" | "percent" | "year";
  /** Computes the value; its method is written in the edition's words, its numbers in the edition's locale. */
  run: (data: Datasets, edition: CalculationEdition) => CalculationResult;
}

/** Rounds to a number of decimals, for calculations whose method states the rounding. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * A calculation on quoted figures: looks each reference up, applies `compute` to their values in order,
 * and lists the sources of every input; `method` says how, given the input values and a number formatter.
 */
export function fromFacts(
  refs: readonly FactRef[],
  compute: (values: number[]) => number,
  method: (
    values: number[],
    n: (value: number) => string,
    words: CalculationWords,
    locale: string,
  ) => string,
): (data: Datasets, edition: CalculationEdition) => CalculationResult {
  return (data, { locale, words }) => {
    const facts = refs.map((ref) => lookupFact(data, ref));
    const values = facts.map((fact) => fact.value);
    return {
      value: compute(values),
      method: method(values, (value) => formatNumber(value, locale), words, locale),
      sources: [...new Set(facts.flatMap((fact) => fact.sources))],
    };
  };
}
