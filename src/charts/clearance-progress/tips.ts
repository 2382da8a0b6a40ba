import { statedNumber } from "../parts/statedNumber.ts";
import type { ClearanceRunningTotal } from "../../lib/schemas/clearance.ts";
import type { ContaminationEstimate } from "../../lib/schemas/contamination.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";
import { qualified } from "../../lib/qualifierWords.ts";
import type { ClearanceProgressData } from "./rows.ts";

/** The tooltip of one running total: date, hectares as stated, who is counted, who says it. */
export function totalTip(row: ClearanceRunningTotal, edition: Edition): string {
  const t = edition.strings.charts.clearancePaceProgress;
  return [
    t.cumulativeTip(
      formatDate(row.asOf, edition.locale),
      statedNumber(row.hectares ?? 0, row, "hectares", edition),
    ),
    t.operators(edition.text(row.operators)),
    row.note === undefined ? undefined : edition.text(row.note),
    `${edition.strings.ui.according} ${edition.text(row.reportedBy)}`,
  ]
    .filter((line): line is string => line !== undefined)
    .join("\n");
}

/** The hazardous area as stated, with its qualifier and unit in the edition's words: "about 8,000 km²". */
function estimateValue(row: ContaminationEstimate, edition: Edition): string {
  const units = edition.strings.charts.contaminationEstimates.units;
  const number = qualified(
    formatNumber(row.value, edition.locale),
    row.qualifier,
    edition.strings.qualifiers,
  );
  return `${number} ${row.unit === "km2" ? units.km2 : units.ha}`;
}

/** The tooltip of the hazardous-area line: date, value as stated, what it measures, who says it. */
export function estimateTip(data: ClearanceProgressData, edition: Edition): string {
  const t = edition.strings.charts.clearancePaceProgress;
  const row = data.estimate;
  if (!row) return "";
  return [
    formatDate(row.asOf, edition.locale),
    t.estimate(estimateValue(row, edition)),
    edition.text(row.measures),
    `${edition.strings.ui.according} ${edition.text(row.reportedBy)}`,
  ].join("\n");
}

/** The label of the hazardous-area line: value as stated, who and when (date shorter when narrow). */
export function estimateLabel(
  data: ClearanceProgressData,
  narrow: boolean,
  edition: Edition,
): string {
  const t = edition.strings.charts.clearancePaceProgress;
  const row = data.estimate;
  if (!row) return "";
  const value = estimateValue(row, edition);
  const who = t.estimateWho(
    edition.text(row.reportedBy),
    formatDate(row.asOf, edition.locale, narrow ? "short" : "long"),
  );
  return `${t.estimate(value)}\n${who}`;
}
