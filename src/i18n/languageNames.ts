import type { Language } from "./index.ts";

/** Each language's name in that language, as a language switcher lists it in every edition. */
export const languageNames: Record<Language, string> = {
  en: "English",
  az: "Azərbaycanca",
  ru: "Русский",
};
