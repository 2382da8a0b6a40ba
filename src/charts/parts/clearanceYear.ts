import type { ClearanceYear } from "../../lib/schemas/clearance.ts";
import { formatDate } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";

/** Whether an annual row covers only part of its year (its `coverage`). */
export function isPartYear(row: ClearanceYear): boolean {
  return row.coverage === "partial";
}

/** The months a partial row covers, e.g. "27 September 2020 to 30 November 2020"; null for a full year. */
export function partPeriod(row: ClearanceYear, edition: Edition): string | null {
  if (row.coverage !== "partial" || !row.periodStart || !row.periodEnd) return null;
  return edition.strings.charts.clearancePaceByYear.period(
    formatDate(row.periodStart, edition.locale),
    formatDate(row.periodEnd, edition.locale),
  );
}

/** The tooltip lines every clearance figure of a row ends with: part-year period, what is counted, caveats, who says it. */
export function rowContext(row: ClearanceYear, edition: Edition): string[] {
  const period = partPeriod(row, edition);
  return [
    period === null ? undefined : edition.strings.charts.clearancePaceByYear.partial(period),
    edition.text(row.measures),
    row.note === undefined ? undefined : edition.text(row.note),
    `${edition.strings.ui.according} ${edition.text(row.reportedBy)}`,
  ].filter((line): line is string => line !== undefined);
}
