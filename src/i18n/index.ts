import { en } from "./en/index.ts";
import type { Edition } from "./edition.ts";

export type { Edition, Strings } from "./edition.ts";

/** The strings of the edition being built (English; az and ru will be added beside en/). */
export const strings = en;

/** Language tag of the edition being built. */
export const locale = en.locale;

/** The html lang attribute of the edition. */
export const lang = en.lang;

/** The edition being built, as charts and formatters take it: its strings and its Intl locale. */
export const edition: Edition = { locale: en.locale, strings: en };
