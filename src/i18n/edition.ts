import type { Strings } from "./en/index.ts";

export type { Strings };

/**
 * One language edition of the site: its strings and the BCP 47 locale its numbers and dates are formatted in.
 * Charts and formatters take it as an argument, so one build can render every chart in several languages.
 */
export interface Edition {
  locale: string;
  strings: Strings;
}
