import { formatDate, type Locale } from "../format.ts";

/**
 * Formats a date or a span of days for prose: "28–29 November 2023", "31 March – 1 April 2022",
 * "30 December 2021 – 2 January 2022"; a single date as formatDate does.
 */
export function formatDateRange(start: string, end: string | undefined, locale: Locale): string {
  if (end === undefined || end === start) return formatDate(start, locale);
  if (start.length !== 10 || end.length !== 10)
    return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  const [startYear, startMonth] = start.split("-");
  const [endYear, endMonth] = end.split("-");
  const day = (iso: string): string => String(Number(iso.slice(8, 10)));
  if (startYear === endYear && startMonth === endMonth)
    return `${day(start)}–${formatDate(end, locale)}`;
  if (startYear === endYear)
    return `${formatDate(start, locale).replace(` ${String(startYear)}`, "")} – ${formatDate(end, locale)}`;
  return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}
