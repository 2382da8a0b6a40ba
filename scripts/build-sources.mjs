// One-off data preparation: writes data/sources.json from every figure id cited in data/*.json (nested too),
// via ../shared/research/figures.json and the same source ids as scripts/fill-sources.mjs.
// Usage: node scripts/build-sources.mjs   (never run by the build or tests)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { format, resolveConfig } from "prettier";
import { sourceIdFor } from "./lib/sourceId.mjs";
import { sourceKindFor } from "./lib/sourceKinds.mjs";

const dataDir = resolve(import.meta.dirname, "../data");
const outPath = join(dataDir, "sources.json");
/** @type {Array<Record<string, string>>} */
const figures = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../shared/research/figures.json"), "utf8"),
);
const figureById = new Map(figures.map((figure) => [figure.id, figure]));

/**
 * Every figure id in any `figureIds` array of a JSON value, at any depth.
 * @param {unknown} node
 * @returns {string[]}
 */
function figureIdsIn(node) {
  if (Array.isArray(node)) return node.flatMap(figureIdsIn);
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "figureIds" && Array.isArray(value)
      ? value.filter((id) => typeof id === "string")
      : figureIdsIn(value),
  );
}

/** @type {Readonly<Record<string, string>>} Publisher annotations that name the language of the text. */
const languageMarks = {
  Azerbaijani: "az",
  Italian: "it",
  French: "fr",
  German: "de",
  Dutch: "nl",
  Russian: "ru",
  Arabic: "ar",
  English: "en",
};
/** Words that, two or more together and with no English ones, make an excerpt obviously not English. */
const stopwords = {
  it: ["sono", "nel", "della", "dal", "il", "e", "di", "stati", "hanno"],
  fr: ["depuis", "ont", "été", "les", "des", "de", "le"],
  de: ["und", "von", "dass", "wurden", "die", "der", "Menschen"],
  nl: ["van", "het", "tussen", "gebieden", "lange", "de", "een"],
};

/**
 * ISO 639-1 language of a source's text where it is obviously not English, else undefined.
 * @param {string} publisher
 * @param {string} excerpt
 */
function languageOf(publisher, excerpt) {
  const mark = languageMarks[/\((\w+)/.exec(publisher)?.[1] ?? ""];
  if (mark !== undefined) return mark === "en" ? undefined : mark;
  if (/ə/i.test(excerpt)) return "az";
  if (/[\u0400-\u04ff]/.test(excerpt)) return "ru";
  if (/[\u0600-\u06ff]/.test(excerpt)) return "ar";
  if (/[\u0530-\u058f]/.test(excerpt)) return "hy";
  const words = new Set(excerpt.split(/[^\p{L}]+/u));
  if (["the", "and", "of", "in", "to", "was", "were"].some((word) => words.has(word)))
    return undefined;
  const [best] = Object.entries(stopwords)
    .map(
      ([language, list]) =>
        /** @type {const} */ ([language, list.filter((word) => words.has(word)).length]),
    )
    .sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : undefined;
}

/**
 * The ISO date of a research source_date ("2023-12-05 (…)" → "2023-12-05", "2024-08 (verify)" → "2024-08",
 * "2004" → "2004"), or undefined when undated or only approximately dated ("c.2024-05").
 * @param {string} sourceDate
 */
function isoDateOf(sourceDate) {
  const day = /^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(sourceDate)?.[1];
  if (day) return new Date(`${day}T00:00:00Z`).toISOString().startsWith(day) ? day : undefined;
  return /^(\d{4}(-(0[1-9]|1[0-2]))?)(?![\d-])/.exec(sourceDate)?.[1];
}

/**
 * Editorial notes for a source: who the outlet cites, and whether its date is unverified or missing.
 * @param {Record<string, string>} figure
 */
function notesOf(figure) {
  const notes = [];
  const aside = /\(([^)]+)\)/.exec(figure.publisher)?.[1];
  // "Dutch; citing …": the language is recorded in `language`, the rest says whom the outlet cites.
  const cites = aside?.replace(/^\w+; /, "");
  if (cites && /^(citing|quoting|reprinting|reproducing|via) /i.test(cites)) {
    notes.push(`${cites[0]?.toUpperCase() ?? ""}${cites.slice(1)}.`);
  } else if (aside && !(aside in languageMarks)) {
    notes.push(`Listed in the research notes as "${figure.publisher}".`);
  }
  if (isoDateOf(figure.source_date) === undefined)
    notes.push(`Undated (research notes: "${figure.source_date}").`);
  else if (/verify/i.test(figure.source_date)) notes.push("Publication date not yet verified.");
  return notes.length > 0 ? notes.join(" ") : undefined;
}

const files = readdirSync(dataDir)
  .filter((name) => name.endsWith(".json") && name !== "sources.json")
  .sort();
const figureIds = [
  ...new Set(
    files.flatMap((name) => figureIdsIn(JSON.parse(readFileSync(join(dataDir, name), "utf8")))),
  ),
].sort();
const unknown = figureIds.filter((id) => !figureById.has(id));
if (unknown.length > 0) {
  console.error(`unknown figure ids (not in figures.json): ${unknown.join(", ")}`);
  process.exit(1);
}

/** @type {Map<string, Array<Record<string, string>>>} */
const figuresBySource = new Map();
for (const id of figureIds) {
  const figure = /** @type {Record<string, string>} */ (figureById.get(id));
  const sourceId = sourceIdFor(figure);
  figuresBySource.set(sourceId, [...(figuresBySource.get(sourceId) ?? []), figure]);
}

const sources = [...figuresBySource.entries()]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([id, group]) => {
    const [figure] = /** @type {[Record<string, string>]} */ (group);
    const titles = new Set(group.map(({ source_title }) => source_title));
    if (titles.size > 1)
      console.warn(`${id}: figures disagree on the title, using "${figure.source_title}"`);
    const language = group
      .map(({ publisher, excerpt }) => languageOf(publisher, excerpt ?? ""))
      .find(Boolean);
    return {
      id,
      publisher: (figure.publisher.split(" (")[0] ?? figure.publisher).trim(),
      title: figure.source_title,
      date: isoDateOf(figure.source_date),
      url: figure.url,
      kind: sourceKindFor(figure.publisher),
      language,
      note: notesOf(figure),
    };
  });

const options = { ...(await resolveConfig(outPath)), filepath: outPath };
writeFileSync(outPath, await format(JSON.stringify(sources, null, 2), options));
console.log(
  `wrote ${String(sources.length)} sources for ${String(figureIds.length)} figure ids from ${String(files.length)} files to data/sources.json`,
);
