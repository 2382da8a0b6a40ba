import type { ContaminationEstimate } from "../../lib/schemas/contamination.ts";
import type {
  ClearanceRunningTotal,
  ClearanceTarget,
  ClearanceYear,
} from "../../lib/schemas/clearance.ts";
import {
  clearanceProjection,
  endOfPeriodAsDecimalYear,
  type ClearanceProjection,
} from "../../lib/clearanceProjection.ts";
import { isPartYear } from "../parts/clearanceYear.ts";

/** How many of the latest full years of the headline annual series make the pace. */
export const PACE_YEARS = 3;

/** What the progress chart shows: running totals, the headline annual series, the latest area estimate, targets. */
export interface ClearanceProgressData {
  /** Running totals with hectares, oldest first. */
  totals: readonly ClearanceRunningTotal[];
  /** The body whose running totals are the headline series (the body of the headline annual figures). */
  primaryBody: string;
  /** The headline annual figures (hectares per year). */
  annual: readonly ClearanceYear[];
  /** The latest official estimate of the hazardous area, or null when there is none. */
  estimate: ContaminationEstimate | null;
  /** Cumulative targets with hectares, and completion deadlines. */
  targets: readonly ClearanceTarget[];
}

/** The latest estimate in hectares (km² × 100: the site's conversion when stated in km²). */
export function estimateHectares(estimate: ContaminationEstimate): number {
  return estimate.unit === "km2" ? estimate.value * 100 : estimate.value;
}

/** The headline running totals (the primary body's), oldest first. */
export function primaryTotals(data: ClearanceProgressData): ClearanceRunningTotal[] {
  return data.totals.filter((row) => row.reportedBy === data.primaryBody && row.hectares !== null);
}

/** The projection for the chart: pace from the last full headline years, from the latest headline total. */
export function progressProjection(data: ClearanceProgressData): ClearanceProjection | null {
  const latest = primaryTotals(data).at(-1);
  if (!data.estimate || !latest || latest.hectares === null) return null;
  const asOf = endOfPeriodAsDecimalYear(latest.asOf);
  const annual = data.annual
    .filter((row) => row.hectares !== null && !isPartYear(row) && row.year < asOf)
    .map((row) => ({ year: row.year, hectares: row.hectares ?? 0 }));
  return clearanceProjection({
    estimatedHectares: estimateHectares(data.estimate),
    clearedHectares: latest.hectares,
    clearedAsOf: asOf,
    annual,
    years: PACE_YEARS,
  });
}

/** A decimal year as a UTC date (2026 → 1 January 2026, 00:00). */
export function decimalYearToDate(value: number): Date {
  const year = Math.floor(value);
  const start = Date.UTC(year, 0, 1);
  const next = Date.UTC(year + 1, 0, 1);
  return new Date(start + (value - year) * (next - start));
}
