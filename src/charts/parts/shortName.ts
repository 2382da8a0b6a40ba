import type { Edition } from "../../i18n/edition.ts";

/** The short name of a reporting body for a bar label, in an edition (its full name where it has no short one). */
export function shortName(reportedBy: string, edition: Edition): string {
  return (
    edition.strings.charts.contaminationEstimates.shortNames[reportedBy] ?? edition.text(reportedBy)
  );
}
