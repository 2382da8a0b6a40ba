import { en } from "./en/index.ts";

/** The strings of the edition being built (English; az and ru will be added beside en.ts). */
export const strings = en;

/** Language tag of the edition being built. */
export const locale = en.locale;

/** The html lang attribute of the edition. */
export const lang = en.lang;
