import { outsideBrackets } from "./outsideBrackets.ts";

/**
 * Words that stay as they are in every edition, so a pseudo render may show them outside brackets. Kept minimal:
 * the ISO 4217 codes of the data's currencies (who-pays's "currency" column, and what Intl writes for the manat:
 * "105.800.000 AZN"), which every language writes in Latin letters. Names of bodies such as ANAMA or HALO are not
 * here: they are data texts, so they must come through the edition even where its words are the same.
 */
export const LATIN_IN_EVERY_EDITION: ReadonlySet<string> = new Set(["AZN", "EUR", "USD"]);

// What German Intl writes around numbers and dates: month names ("Dezember", "Dez."), compact units ("1,5 Mio.").
const GERMAN_NUMBER_AND_DATE_WORDS = new Set<string>();
for (let month = 0; month < 12; month += 1) {
  const date = new Date(Date.UTC(2020, month, 1));
  for (const style of ["long", "short"] as const) {
    for (const day of [undefined, "numeric"] as const) {
      const format = new Intl.DateTimeFormat("de", { month: style, day, timeZone: "UTC" });
      for (const word of format.format(date).match(/\p{L}+/gu) ?? []) {
        GERMAN_NUMBER_AND_DATE_WORDS.add(word);
      }
    }
  }
}
for (const value of [1e3, 1e6, 1e9, 1e12]) {
  for (const display of ["short", "long"] as const) {
    const words = new Intl.NumberFormat("de", { notation: "compact", compactDisplay: display })
      .format(value)
      .match(/\p{L}+/gu);
    for (const word of words ?? []) GERMAN_NUMBER_AND_DATE_WORDS.add(word);
  }
}

/**
 * The runs of two or more Latin letters in a pseudo-edition text that are outside [brackets]: words that did not
 * come through the edition. German number and date words and the names in LATIN_IN_EVERY_EDITION are allowed.
 */
export function untranslatedRuns(text: string): string[] {
  return (outsideBrackets(text).match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [])
    .filter((word) => !GERMAN_NUMBER_AND_DATE_WORDS.has(word))
    .filter((word) => !LATIN_IN_EVERY_EDITION.has(word))
    .filter((word) => /[A-Za-z]{2}/.test(word));
}
