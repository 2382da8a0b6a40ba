import type { Locale } from "../format.ts";

// "preliminary" qualifies the estimate, not the size of the number: it goes in the tooltip, not before the number.
// Editions other than English add their words here when they are written.
const words: Partial<Record<Locale, Record<string, string>>> = {
  "en-GB": {
    exact: "",
    about: "about",
    nearly: "nearly",
    "more-than": "more than",
    "at-least": "at least",
    "up-to": "up to",
    preliminary: "",
  },
};

/** The words put before a number for a data qualifier ("more-than" → "more than"); "" when none or unknown. */
export function qualifierWords(qualifier: string | undefined, locale: Locale): string {
  if (qualifier === undefined) return "";
  const phrase = words[locale]?.[qualifier];
  if (phrase === undefined) throw new Error(`Fact: no words for the qualifier "${qualifier}"`);
  return phrase;
}

const remarks: Partial<Record<Locale, Record<string, string>>> = {
  "en-GB": { preliminary: "A preliminary estimate." },
};

/** A sentence for the tooltip when the qualifier says something about the figure rather than its size ("preliminary"). */
export function qualifierRemark(qualifier: string | undefined, locale: Locale): string | undefined {
  return qualifier === undefined ? undefined : remarks[locale]?.[qualifier];
}
