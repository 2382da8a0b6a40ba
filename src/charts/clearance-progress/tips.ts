import type { ClearanceRunningTotal } from "../../lib/schemas/clearance.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import { strings } from "../../i18n/index.ts";
import { qualified } from "../parts/qualified.ts";
import type { ClearanceProgressData } from "./rows.ts";
import { qualifierOf } from "../../lib/evidence/qualifierOf.ts";

const t = strings.charts.clearancePaceProgress;

/** The tooltip of one running total: date, hectares as stated, who is counted, who says it. */
export function totalTip(row: ClearanceRunningTotal): string {
  return [
    t.cumulativeTip(
      formatDate(row.asOf),
      qualified(formatNumber(row.hectares ?? 0), qualifierOf(row, "hectares")),
    ),
    t.operators(row.operators),
    row.note,
    `${strings.ui.according} ${row.reportedBy}`,
  ]
    .filter((line): line is string => line !== undefined)
    .join("\n");
}

/** The tooltip of the hazardous-area line: date, value as stated, what it measures, who says it. */
export function estimateTip(data: ClearanceProgressData): string {
  const row = data.estimate;
  if (!row) return "";
  return [
    formatDate(row.asOf),
    t.estimate(
      `${qualified(formatNumber(row.value), row.qualifier)} ${row.unit === "km2" ? "km²" : "ha"}`,
    ),
    row.measures,
    `${strings.ui.according} ${row.reportedBy}`,
  ].join("\n");
}

/** The label of the hazardous-area line: value as stated, who and when (date shorter when narrow). */
export function estimateLabel(data: ClearanceProgressData, narrow: boolean): string {
  const row = data.estimate;
  if (!row) return "";
  const value = `${qualified(formatNumber(row.value), row.qualifier)} ${row.unit === "km2" ? "km²" : "ha"}`;
  const who = t.estimateWho(
    row.reportedBy,
    formatDate(row.asOf, undefined, narrow ? "short" : "long"),
  );
  return `${t.estimate(value)}\n${who}`;
}
