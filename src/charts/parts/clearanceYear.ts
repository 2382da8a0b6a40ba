import type { ClearanceYear } from "../../lib/schemas/clearance.ts";
import { formatDate } from "../../lib/format.ts";
import { strings } from "../../i18n/index.ts";

const t = strings.charts.clearancePaceByYear;

/** Whether an annual row covers only part of its year (its `coverage`). */
export function isPartYear(row: ClearanceYear): boolean {
  return row.coverage === "partial";
}

/** The months a partial row covers, e.g. "27 September 2020 to 30 November 2020"; null for a full year. */
export function partPeriod(row: ClearanceYear): string | null {
  if (row.coverage !== "partial" || !row.periodStart || !row.periodEnd) return null;
  return t.period(formatDate(row.periodStart), formatDate(row.periodEnd));
}

/** The tooltip lines every clearance figure of a row ends with: part-year period, what is counted, caveats, who says it. */
export function rowContext(row: ClearanceYear): string[] {
  const period = partPeriod(row);
  return [
    period === null ? undefined : t.partial(period),
    row.measures,
    row.note,
    `${strings.ui.according} ${row.reportedBy}`,
  ].filter((line): line is string => line !== undefined);
}
