import { loadDatasets } from "../lib/data/loadDatasets.ts";
import { loadTranslations } from "../lib/translations/loadTranslations.ts";
import { az } from "./az/index.ts";
import type { Edition, Strings } from "./edition.ts";
import { en } from "./en/index.ts";
import { ru } from "./ru/index.ts";

export type { Edition, Strings } from "./edition.ts";

/** The languages the site is published in; English first, at the root (the others under /az/ and /ru/). */
export const languages = ["en", "az", "ru"] as const;

/** One of the site's languages. */
export type Language = (typeof languages)[number];

/** The default edition's language, served without a URL prefix. */
export const defaultLanguage: Language = "en";

const stringsOf: Record<Language, Strings> = { en, az, ru };

/** Whether `value` is one of the site's languages. */
export function isLanguage(value: string | undefined): value is Language {
  return (languages as readonly (string | undefined)[]).includes(value);
}

const editions = new Map<Language, Edition>();

/**
 * The edition of a language (Astro.currentLocale on a page; undefined or unknown gives English), built once:
 * its strings, locale, and the translations of data texts and quotes from data/translations/<lang>/.
 */
export function editionOf(lang: string | undefined): Edition {
  const language = isLanguage(lang) ? lang : defaultLanguage;
  const known = editions.get(language);
  if (known) return known;
  const strings = stringsOf[language];
  const translations =
    language === defaultLanguage ? undefined : loadTranslations(language, loadDatasets());
  const edition: Edition = {
    lang: language,
    locale: strings.locale,
    strings,
    text: (english) => translations?.text.get(english) ?? english,
    quoteTranslation: (id) => translations?.quotes.get(id),
  };
  editions.set(language, edition);
  return edition;
}

/** The English strings, for scripts that run outside a page (the release script). */
export const strings = en;

/** The English locale, for scripts that run outside a page. */
export const locale = en.locale;

/** The English edition, for scripts and tests that render outside a page. */
export const edition: Edition = editionOf(defaultLanguage);
