import { formatDate } from "../../lib/format.ts";

/**
 * A time-axis tick in an edition's locale, in place of Plot's default (English month names): the year alone on
 * 1 January, the month and year on the first of a month, else the day ("12 Jul 2021").
 */
export function timeTick(date: Date, locale: string): string {
  const iso = date.toISOString().slice(0, 10);
  if (iso.endsWith("-01-01")) return iso.slice(0, 4);
  return iso.endsWith("-01")
    ? formatDate(iso.slice(0, 7), locale, "short")
    : formatDate(iso, locale, "short");
}
