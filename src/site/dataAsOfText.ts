import { formatDate } from "../lib/format.ts";
import type { Edition } from "../i18n/edition.ts";

/** The line under a chart saying how recent its data is: "Data as of 12 March 2026." or, for a year, "Data up to 2025." */
export function dataAsOfText(asOf: string, edition: Edition): string {
  return asOf.length === 4
    ? edition.strings.ui.dataUpTo(asOf)
    : edition.strings.ui.dataAsOf(formatDate(asOf, edition.locale));
}
