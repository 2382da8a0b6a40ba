import { formatDate, parseIsoDate, type Locale } from "../format.ts";

/**
 * Formats a date or a span of days for prose with the locale's own range pattern (Intl formatRange):
 * "28–29 November 2023", "31 March – 1 April 2022", "30 December 2021 – 2 January 2022" in en-GB; a single
 * date as formatDate does. A span whose ends are not both days is written as two dates.
 */
export function formatDateRange(start: string, end: string | undefined, locale: Locale): string {
  if (end === undefined || end === start) return formatDate(start, locale);
  if (start.length !== 10 || end.length !== 10)
    return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  // ICU's Azerbaijani range pattern puts the year first and can drop it ("2023 may 24–26"); Azerbaijani prose
  // writes "24–26 may 2023" and "31 mart – 1 aprel 2022".
  if (/^az\b/.test(locale)) return azerbaijaniRange(start, end);
  // Some locales (ru) put narrow no-break spaces around the dash and before "г."; the site's fonts have no glyph
  // for U+202F, so they become ordinary no-break spaces, which every font draws.
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  })
    .formatRange(parseIsoDate(start), parseIsoDate(end))
    .replace(/\u202f/g, "\u00a0");
}

/** "24–26 may 2023", "31 mart – 1 aprel 2022", "30 dekabr 2021 – 2 yanvar 2022". */
function azerbaijaniRange(start: string, end: string): string {
  const [startFull, endFull] = [formatDate(start, "az"), formatDate(end, "az")];
  if (start.slice(0, 4) !== end.slice(0, 4)) return `${startFull} – ${endFull}`;
  const withoutYear = startFull.replace(/ \d{4}$/, "");
  if (start.slice(0, 7) !== end.slice(0, 7)) return `${withoutYear} – ${endFull}`;
  return `${withoutYear.replace(/ .*$/, "")}–${endFull}`;
}
