import type { Font } from "fontkitten";

// OpenType language system tags of the languages the site's pages are written in (BCP 47 primary subtag).
const OPEN_TYPE_LANGUAGE: Readonly<Record<string, string>> = { en: "ENG", az: "AZE", ru: "RUS" };

// OpenType script tags of the scripts whose letters the site draws; a letter of any other script keeps `locl`.
const OPEN_TYPE_SCRIPTS: readonly (readonly [RegExp, string])[] = [
  [/\p{Script=Latin}/u, "latn"],
  [/\p{Script=Cyrillic}/u, "cyrl"],
  [/\p{Script=Greek}/u, "grek"],
];

interface LangSys {
  featureIndexes: number[];
}
/** The part of a GSUB table fontkitten parses (at run time; its types leave it out) that this reads. */
interface SubstitutionTable {
  scriptList: {
    tag: string;
    script: { defaultLangSys?: LangSys; langSysRecords: { tag: string; langSys: LangSys }[] };
  }[];
  featureList: { tag: string }[];
}

/**
 * Whether text in any of `languages` (BCP 47), made of `codePoints`, gets the font's localized forms (`locl`):
 * for a script of its letters, the language's system (or the script's default where the font has none for the
 * language) lists the feature. True for a language or a script this does not know, so its forms are kept.
 */
export function hasLocalizedForms(
  font: Font,
  languages: Iterable<string>,
  codePoints: Iterable<number>,
): boolean {
  const gsub = (font as unknown as { GSUB?: SubstitutionTable }).GSUB;
  if (!gsub) return false;
  const scripts = new Set<string>(["DFLT"]);
  for (const codePoint of codePoints) {
    const char = String.fromCodePoint(codePoint);
    if (!/\p{L}/u.test(char)) continue;
    const script = OPEN_TYPE_SCRIPTS.find(([pattern]) => pattern.test(char))?.[1];
    if (script === undefined) return true;
    scripts.add(script);
  }
  return [...languages].some((language) => {
    const tag = OPEN_TYPE_LANGUAGE[language.toLowerCase().split("-")[0] ?? ""];
    if (tag === undefined) return true;
    return gsub.scriptList.some(({ tag: scriptTag, script }) => {
      if (!scripts.has(scriptTag.trim())) return false;
      const system =
        script.langSysRecords.find((record) => record.tag.trim() === tag)?.langSys ??
        script.defaultLangSys;
      return system?.featureIndexes.some((i) => gsub.featureList[i]?.tag === "locl") ?? false;
    });
  });
}
