import { strings } from "../../i18n/index.ts";

const t = strings.charts.contaminationEstimates;

/** The short name of a reporting body for a bar label. */
export function shortName(reportedBy: string): string {
  return t.shortNames[reportedBy] ?? reportedBy;
}
