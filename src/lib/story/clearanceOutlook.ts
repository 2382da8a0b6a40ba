import type { Datasets } from "../data/datasets.ts";
import {
  clearanceProjection,
  endOfPeriodAsDecimalYear,
  type ClearanceProjection,
} from "../clearanceProjection.ts";
import { formatDate, formatNumber } from "../format.ts";
import type { CalculationEdition } from "./calculationWords.ts";
import { lookupFact } from "./lookupFact.ts";

/** How many of the latest full years of clearance the story's pace averages. */
export const outlookYears = 3;

const cabinet = "Cabinet of Ministers (Prime Minister's annual report)";

/**
 * The story's clearance outlook (the site's own calculation, not a forecast): ANAMA's estimated hazardous area
 * minus the Cabinet's latest cumulative land cleared, divided by the mean of the Cabinet's latest
 * `outlookYears` annual figures. Pace is rounded to whole hectares and years left to whole years.
 */
export function clearanceOutlook(
  data: Datasets,
  { locale, words }: CalculationEdition,
): {
  projection: ClearanceProjection;
  method: string;
  sources: string[];
} {
  const area = lookupFact(data, {
    dataset: "contaminationEstimates",
    row: "anama-2024-10-hazardous-area",
    field: "value",
  });
  const cleared = lookupFact(data, {
    dataset: "clearanceRunningTotals",
    row: "latest",
    reportedBy: cabinet,
    field: "hectares",
  });
  const annualRows = data.clearanceByYear.filter(
    (row) => row.primary && row.reportedBy === cabinet && row.hectares !== null,
  );
  const annual = annualRows.map((row) => ({ year: row.year, hectares: row.hectares ?? 0 }));
  const exact = clearanceProjection({
    estimatedHectares: area.value,
    clearedHectares: cleared.value,
    clearedAsOf: endOfPeriodAsDecimalYear(cleared.asOf ?? ""),
    annual,
    years: outlookYears,
  });
  const projection: ClearanceProjection = {
    ...exact,
    pace: Math.round(exact.pace),
    yearsLeft: exact.yearsLeft === null ? null : Math.round(exact.yearsLeft),
  };
  const used = annualRows.filter((row) => exact.paceYears.includes(row.year));
  const n = (value: number): string => formatNumber(value, locale);
  const first = exact.paceYears.at(0) ?? 0;
  const last = exact.paceYears.at(-1) ?? 0;
  const method = words.outlook(
    n(area.value),
    n(cleared.value),
    cleared.asOf === undefined ? undefined : formatDate(cleared.asOf, locale),
    String(first),
    String(last),
    used.map((row) => n(row.hectares ?? 0)).join(", "),
  );
  const sources = [area, cleared, ...used.map((row) => ({ sources: row.sources }))].flatMap(
    (fact) => fact.sources,
  );
  return { projection, method, sources: [...new Set(sources)] };
}
