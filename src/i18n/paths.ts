import { defaultLanguage, isLanguage, type Language } from "./index.ts";

/** The URL prefix of an edition: "" for English at the root, "/az" and "/ru" for the others. */
export function editionPrefix(lang: string): string {
  return lang === defaultLanguage ? "" : `/${lang}`;
}

/** A site path in an edition: "/charts/" stays as it is in English and becomes "/az/charts/" in Azerbaijani. */
export function pathIn(lang: string, path: string): string {
  return `${editionPrefix(lang)}${path}`;
}

/** Splits a URL path into its edition's language and the path every edition shares ("/az/charts/" → az, "/charts/"). */
export function editionOfPath(pathname: string): { lang: Language; path: string } {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  const lang = match?.[1];
  if (match && isLanguage(lang) && lang !== defaultLanguage) return { lang, path: match[2] ?? "/" };
  return { lang: defaultLanguage, path: pathname };
}
