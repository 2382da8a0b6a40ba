/** One full calendar year of land cleared (hectares). */
export interface ClearedYear {
  year: number;
  hectares: number;
}

/** What the projection needs: the area to clear, what is cleared so far and when, and the annual series. */
export interface ClearanceProjectionInput {
  /** Estimated hazardous area in total (hectares). */
  estimatedHectares: number;
  /** Land cleared since November 2020 at `clearedAsOf` (hectares, cumulative). */
  clearedHectares: number;
  /** When the cumulative figure applies, as a decimal year (2026 = the very end of 2025). */
  clearedAsOf: number;
  /** Land cleared in full calendar years (hectares per year); partial years must be left out. */
  annual: readonly ClearedYear[];
  /** How many of the latest full years to average for the pace. */
  years: number;
}

/** The site's own projection of when clearance would end at the recent pace. */
export interface ClearanceProjection {
  /** The calendar years averaged, oldest first. */
  paceYears: number[];
  /** Mean hectares cleared per year over `paceYears` (hectares per year). */
  pace: number;
  /** Estimated area minus land cleared so far, never below zero (hectares). */
  remaining: number;
  /** Years left at `pace`; null when the pace is zero (clearance would never end). */
  yearsLeft: number | null;
  /** When clearance would end, as a decimal year; null when the pace is zero. */
  completion: number | null;
  /** The calendar year that `completion` falls in; null when the pace is zero. */
  completionYear: number | null;
}

/**
 * Projects when clearance would end if the mean of the latest `years` full years of clearance (hectares per year)
 * continued: years left = (estimated area − cleared so far) / pace. The site's own calculation, not a forecast.
 */
export function clearanceProjection(input: ClearanceProjectionInput): ClearanceProjection {
  if (!Number.isInteger(input.years) || input.years < 1) {
    throw new RangeError(`years must be a whole number of at least 1, got ${String(input.years)}`);
  }
  const latest = [...input.annual].sort((a, b) => a.year - b.year).slice(-input.years);
  const paceYears = latest.map((row) => row.year);
  const pace =
    latest.length === 0 ? 0 : latest.reduce((sum, row) => sum + row.hectares, 0) / latest.length;
  const remaining = Math.max(0, input.estimatedHectares - input.clearedHectares);
  if (remaining === 0) {
    return {
      paceYears,
      pace,
      remaining,
      yearsLeft: 0,
      completion: input.clearedAsOf,
      completionYear: yearOf(input.clearedAsOf),
    };
  }
  if (pace <= 0) {
    return { paceYears, pace, remaining, yearsLeft: null, completion: null, completionYear: null };
  }
  const yearsLeft = remaining / pace;
  const completion = input.clearedAsOf + yearsLeft;
  return { paceYears, pace, remaining, yearsLeft, completion, completionYear: yearOf(completion) };
}

// A decimal year that is a whole number (2041) is the very end of the year before, not 1 January.
function yearOf(decimalYear: number): number {
  return Number.isInteger(decimalYear) ? decimalYear - 1 : Math.floor(decimalYear);
}

/**
 * The end of the period an ISO date names, as a decimal year: "2025-12" (a month) → 2026 (end of December);
 * "2025" is not accepted; "2024-07-01" → the end of 1 July 2024 (UTC).
 */
export function endOfPeriodAsDecimalYear(iso: string): number {
  const [year = Number.NaN, month = Number.NaN, day] = iso.split("-").map(Number);
  const end = day === undefined ? Date.UTC(year, month, 1) : Date.UTC(year, month - 1, day + 1);
  const start = Date.UTC(year, 0, 1);
  const next = Date.UTC(year + 1, 0, 1);
  if (Number.isNaN(end)) throw new RangeError(`not an ISO date or month: ${iso}`);
  // The end may fall on 1 January of the next year: then it is exactly `year + 1`.
  return end >= next ? year + 1 : year + (end - start) / (next - start);
}
