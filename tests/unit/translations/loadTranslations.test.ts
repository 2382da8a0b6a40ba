import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDatasets } from "../../../src/lib/data/loadDatasets.ts";
import type { Datasets } from "../../../src/lib/data/datasets.ts";
import { loadTranslations, staleTexts } from "../../../src/lib/translations/loadTranslations.ts";
import { numbersMissing } from "../../../src/lib/translations/numberDigits.ts";

/** A data folder holding only translations for "xx", written from `files`. */
function folderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "translations-"));
  mkdirSync(join(dir, "translations", "xx"), { recursive: true });
  for (const [name, value] of Object.entries(files))
    writeFileSync(join(dir, "translations", "xx", name), JSON.stringify(value));
  return dir;
}

const datasets = {
  evidence: [{ id: "q1", source: "s", quote: "1,318 mines were found, about 1.5 million in all" }],
  events: [{ title: "Ceasefire" }],
} as unknown as Datasets;

describe("translations of the data", () => {
  it("numbersMissing(original, translation) ignores grouping and decimal marks but not a changed digit", () => {
    expect(numbersMissing("1,318 mines; 1.5 million", "1.318 mina; 1,5 milyon")).toEqual([]);
    expect(numbersMissing("1,318 mines", "1 318 мин")).toEqual([]);
    expect(numbersMissing("Sep. 95", "sentyabr 1995")).toEqual([]);
    expect(numbersMissing("1,318 mines", "1.381 mina")).toEqual(["1318"]);
  });

  it("loadTranslations leaves out a quote translation that drops a number (the quote shows verbatim) and says why", () => {
    const dir = folderWith({ "quotes.json": { q1: "1.318 mina tapılıb" } });
    const translations = loadTranslations("xx", datasets, dir);
    expect(translations.quotes.has("q1")).toBe(false);
    expect(translations.staleQuotes).toEqual([
      {
        file: "data/translations/xx/quotes.json",
        id: "q1",
        message: "the translation drops the quote's number(s) 15",
      },
    ]);
  });

  it("loadTranslations leaves out a quote translation for evidence that does not exist", () => {
    const dir = folderWith({ "quotes.json": { nope: "x" } });
    expect(loadTranslations("xx", datasets, dir).staleQuotes.map((q) => q.message)).toEqual([
      "no evidence record has this id",
    ]);
  });

  it("loadTranslations stops on a translation file that is not an object of translations", () => {
    const dir = folderWith({ "text.json": ["not", "an", "object"] });
    expect(() => loadTranslations("xx", datasets, dir)).toThrow(/text\.json/);
  });

  it("a text whose English changed finds no translation, and staleTexts lists the leftover", () => {
    const dir = folderWith({ "text.json": { Ceasefire: "Atəşkəs", "Old title": "Köhnə" } });
    const translations = loadTranslations("xx", datasets, dir);
    expect(translations.text.get("Ceasefire")).toBe("Atəşkəs");
    expect(staleTexts(translations, datasets)).toEqual(["Old title"]);
  });

  it("the Azerbaijani and Russian translations in data/ load and have no leftover texts or quotes", () => {
    const real = loadDatasets();
    for (const lang of ["az", "ru"]) {
      const translations = loadTranslations(lang, real);
      expect(translations.quotes.size, lang).toBeGreaterThan(300);
      expect(staleTexts(translations, real), lang).toEqual([]);
      expect(translations.staleQuotes, lang).toEqual([]);
    }
  });
});
