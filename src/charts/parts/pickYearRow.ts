import type { CasualtyYear } from "../../lib/schemas/casualties.ts";
import { parseIsoDate } from "../../lib/format.ts";

/** Length of a row's period in days (UTC, inclusive). */
export function periodDays(row: CasualtyYear): number {
  const start = parseIsoDate(row.periodStart).getTime();
  const end = parseIsoDate(row.periodEnd).getTime();
  return Math.round((end - start) / 86_400_000) + 1;
}

/**
 * The row to draw for one year: a full-year row over a partial one, then the longest period,
 * then the first in file order (rows are given in file order).
 */
export function pickYearRow(rows: readonly CasualtyYear[]): CasualtyYear | undefined {
  let best: CasualtyYear | undefined;
  for (const row of rows) {
    if (!best) {
      best = row;
      continue;
    }
    const fuller = row.coverage === "full" && best.coverage === "partial";
    const sameCoverage = row.coverage === best.coverage;
    if (fuller || (sameCoverage && periodDays(row) > periodDays(best))) best = row;
  }
  return best;
}
