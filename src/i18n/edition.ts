import type { en } from "./en/index.ts";

/** Every UI string, chart label and note of an edition (the English edition's shape; az and ru mirror it). */
export type Strings = typeof en;

/**
 * One language edition of the site: its strings and the BCP 47 locale its numbers and dates are formatted in.
 * Charts and formatters take it as an argument, so one build can render every chart in several languages.
 */
export interface Edition {
  locale: string;
  strings: Strings;
}
