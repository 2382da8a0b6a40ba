import type { Edition, Strings } from "../../../src/i18n/index.ts";

// Values that are not words a reader sees (Plot symbol names) stay as they are.
const NOT_TEXT = new Set(["symbol", "locale", "lang"]);

function bracket(value: unknown, key: string): unknown {
  if (NOT_TEXT.has(key)) return value;
  if (typeof value === "string") return value === "" ? "" : `[${value}]`;
  if (typeof value === "function") {
    return (...args: unknown[]) => `[${String((value as (...a: unknown[]) => unknown)(...args))}]`;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => bracket(item, key));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bracket(v, k)]));
  }
  return value;
}

/**
 * A pseudo-locale edition: every string of `strings` wrapped in [brackets] (function results too) and numbers
 * and dates in German, so text that bypasses the edition, or English number formatting, shows at a glance.
 */
export function pseudoEdition(strings: Strings): Edition {
  return {
    lang: "pseudo",
    locale: "de",
    strings: bracket(strings, "") as Strings,
    text: (english) => `[${english}]`,
    quoteTranslation: (id) => `[${id}]`,
  };
}
