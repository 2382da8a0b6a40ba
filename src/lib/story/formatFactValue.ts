import { formatNumber, formatPercent, type Locale } from "../format.ts";

/** How a figure is shown: a plain number, a percentage, or an amount of money; optionally in millions. */
export interface FactDisplay {
  as?: "number" | "percent" | "money" | undefined;
  /** Show in millions ("1.5 million"); only when that is exact to three decimals (never a silent rounding). */
  scale?: "million" | undefined;
  /** ISO 4217 code, required with `as: "money"`. */
  currency?: string | undefined;
}

/** The edition's number words for prose: its locale and its word for a million ("million"). */
export interface FactWords {
  locale: Locale;
  million: string;
}

/** Formats a quoted figure for prose exactly as the data gives it; throws if the display would round it. */
export function formatFactValue(value: number, display: FactDisplay, words: FactWords): string {
  const { locale } = words;
  const as = display.as ?? "number";
  if (as === "percent") return formatPercent(value, locale);
  let scaled = value;
  let suffix = "";
  if (display.scale === "million") {
    scaled = value / 1_000_000;
    if (Math.round(scaled * 1000) / 1000 !== scaled)
      throw new Error(`Fact: ${String(value)} cannot be shown in millions without rounding`);
    suffix = ` ${words.million}`;
  }
  if (as === "money") {
    if (!display.currency) throw new Error(`Fact: ${String(value)} is money without a currency`);
    const parts = moneyFormat(display.currency, locale).formatToParts(scaled);
    // The word for a million goes with the number: "€4.25 million" (en), "105,8 milyon AZN" (az, whose
    // currency comes after the number), never "105,8 AZN milyon".
    const lastNumber = parts.findLastIndex((part) =>
      ["integer", "group", "decimal", "fraction"].includes(part.type),
    );
    return parts
      .map((part, index) => (index === lastNumber ? `${part.value}${suffix}` : part.value))
      .join("");
  }
  return `${formatNumber(scaled, locale)}${suffix}`;
}

// Prose shows "€4.25 million" and "$88,224", not "US$88,224.00": no forced decimals, the narrow symbol for
// currencies readers know by symbol, the code for others ("AZN 105.8 million", not "₼105.8 million").
const bySymbol = new Set(["USD", "EUR", "GBP"]);

function moneyFormat(currency: string, locale: Locale): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    currencyDisplay: bySymbol.has(currency) ? "narrowSymbol" : "code",
    minimumFractionDigits: 0,
    maximumFractionDigits: 3,
  });
}
