import { existsSync } from "node:fs";
import { join } from "node:path";
import type { DataProblem } from "../data/DataProblem.ts";
import { DataValidationError } from "../data/DataValidationError.ts";
import type { Datasets } from "../data/datasets.ts";
import { defaultDataDir } from "../data/loadDatasets.ts";
import { readJsonFile } from "../data/readJsonFile.ts";
import { numbersMissing } from "./numberDigits.ts";

/**
 * An edition's translations of the data (data/translations/<lang>/): texts by their English wording (text.json for
 * the datasets, notes.json for the evidence's notes), quotes by evidence id (quotes.json).
 */
export interface DataTranslations {
  /** The edition's words for a text from data/ (an event's title, a body's name), by the English text. */
  readonly text: ReadonlyMap<string, string>;
  /** The site's translation of an evidence quote into the edition's language, by evidence id. */
  readonly quotes: ReadonlyMap<string, string>;
  /** Quote translations left out: their evidence is gone, or they no longer keep the original's numbers. */
  readonly staleQuotes: readonly QuoteProblem[];
}

/** A quote translation the site does not use, and why. */
export interface QuoteProblem {
  readonly file: string;
  readonly id: string;
  readonly message: string;
}

/** Every string value in a JSON value, nested ones too. */
function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
  else if (typeof value === "object" && value !== null)
    for (const item of Object.values(value)) yield* stringsIn(item);
}

function readDictionary(
  path: string,
  file: string,
  dataDir: string,
  problems: DataProblem[],
): Map<string, string> {
  if (!existsSync(path)) return new Map();
  const json = readJsonFile(path, file, dataDir);
  if (!json.ok) {
    problems.push(...json.problems);
    return new Map();
  }
  if (typeof json.value !== "object" || json.value === null || Array.isArray(json.value)) {
    problems.push({
      file,
      message: "expected an object of English text (or evidence id) to translation",
    });
    return new Map();
  }
  const entries = Object.entries(json.value);
  for (const [key, value] of entries) {
    if (typeof value !== "string" || value.trim() === "")
      problems.push({ file, field: key, message: "expected a non-empty translation" });
  }
  return new Map(
    entries.filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

/**
 * Reads an edition's translations of the data (throwing one DataValidationError for files that are not objects of
 * non-empty strings; a language without translation files gets empty ones) and checks them against `datasets`:
 * a quote translation whose evidence is gone or which drops a number of its original is left out (`staleQuotes`),
 * and a text whose English changed finds no translation (`staleTexts`): the page shows the original until the
 * translation is redone, and a test keeps data/ free of both.
 */
export function loadTranslations(
  lang: string,
  datasets: Datasets,
  dataDir: string = defaultDataDir,
): DataTranslations {
  const problems: DataProblem[] = [];
  const folder = join(dataDir, "translations", lang);
  const textFile = `data/translations/${lang}/text.json`;
  const quotesFile = `data/translations/${lang}/quotes.json`;
  // Texts of the datasets (text.json) and the site's notes on its evidence (notes.json), both by their English.
  const text = new Map([
    ...readDictionary(join(folder, "text.json"), textFile, dataDir, problems),
    ...readDictionary(
      join(folder, "notes.json"),
      `data/translations/${lang}/notes.json`,
      dataDir,
      problems,
    ),
  ]);
  const quotes = readDictionary(join(folder, "quotes.json"), quotesFile, dataDir, problems);

  // A quote translation is used only while it keeps every number of its original: after the original changes
  // (a corrected quote) it is left out, and the quote shows verbatim, until it is redone (`staleQuotes`).
  const evidence = new Map(datasets.evidence.map((record) => [record.id, record]));
  const stale: QuoteProblem[] = [];
  for (const [id, translation] of quotes) {
    const record = evidence.get(id);
    const why = !record
      ? "no evidence record has this id"
      : numbersMissing(record.quote, translation).length > 0
        ? `the translation drops the quote's number(s) ${numbersMissing(record.quote, translation).join(", ")}`
        : undefined;
    if (why === undefined) continue;
    stale.push({ file: quotesFile, id, message: why });
    quotes.delete(id);
  }
  if (problems.length > 0) throw new DataValidationError(problems);
  return { text, quotes, staleQuotes: stale };
}

/** Translated texts that no text in data/ reads any more (their English changed): to redo or remove. */
export function staleTexts(translations: DataTranslations, datasets: Datasets): string[] {
  const dataTexts = new Set(stringsIn(datasets));
  return [...translations.text.keys()].filter((english) => !dataTexts.has(english));
}
