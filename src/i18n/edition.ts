import type { Strings } from "./en/index.ts";

export type { Strings };

/**
 * One language edition of the site: its strings, the BCP 47 locale its numbers and dates are formatted in, and
 * its words for the texts that come from data/. Charts and formatters take it as an argument, so one build
 * renders every chart in every language.
 */
export interface Edition {
  /** The edition's language: its `<html lang>` and its URL prefix ("en" has none; "az" is /az/). */
  lang: string;
  locale: string;
  strings: Strings;
  /** The edition's words for a text from data/ (an event's title, a body's name); English text comes back as it is. */
  text: (english: string) => string;
  /** The site's translation of an evidence quote into the edition's language, where the quote is in another. */
  quoteTranslation: (evidenceId: string) => string | undefined;
}
