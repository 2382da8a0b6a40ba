/**
 * Locale-aware formatters for numbers and dates; every number a reader sees passes through here. The locale is
 * the edition's, always passed in: src/lib never imports an edition.
 */

/** A BCP 47 language tag for Intl, e.g. "en-GB", "az", "ru". */
export type Locale = string;

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** Formats a count or quantity exactly as given (no rounding: up to 3 decimals are kept). */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 3 }).format(value);
}

/** Formats a compact axis tick (e.g. 40K), for axes only, never for a figure quoted in text. */
export function formatTick(value: number, locale: Locale): string {
  return numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** Formats a percentage given in percent units (5 → "5%"). */
export function formatPercent(value: number, locale: Locale): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(value / 100);
}

/** Formats an amount of money in full units of an ISO 4217 currency, exactly (no ".00" on whole amounts). */
export function formatMoney(value: number, currency: string, locale: Locale): string {
  const minimumFractionDigits = Number.isInteger(value) ? 0 : 2;
  return numberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits,
    maximumFractionDigits: 2,
  }).format(value);
}

/** Parses "YYYY-MM-DD" or "YYYY-MM" as a UTC date (the first of the month for a month). */
export function parseIsoDate(iso: string): Date {
  return new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
}

/**
 * Formats an ISO date for readers: "12 March 2026" (long), "12 Mar 2026" (short) or "March 2026" (month);
 * a date known only to the month is always shown as a month, one known only to the year as the year.
 */
export function formatDate(
  iso: string,
  locale: Locale,
  style: "long" | "short" | "month" = "long",
): string {
  if (/^\d{4}$/.test(iso)) return iso;
  const date = parseIsoDate(iso);
  const month = style === "short" ? "short" : "long";
  const options: Intl.DateTimeFormatOptions =
    iso.length === 7 || style === "month"
      ? { year: "numeric", month, timeZone: "UTC" }
      : { year: "numeric", month, day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
