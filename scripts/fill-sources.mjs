// One-off data preparation: fills `sources` from `figureIds` in data files, via ../shared/research/figures.json.
// Usage: node scripts/fill-sources.mjs data/a.json data/b.json …  (never run by the build or tests)
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { format, resolveConfig } from "prettier";
import { sourceIdFor } from "./lib/sourceId.mjs";

const figuresPath = resolve(import.meta.dirname, "../../shared/research/figures.json");
/** @type {Array<{id: string, publisher: string, source_date: string, url: string}>} */
const figures = JSON.parse(readFileSync(figuresPath, "utf8"));
const figureById = new Map(figures.map((figure) => [figure.id, figure]));

/**
 * The deduplicated source ids of a list of figure ids, in order; throws on an unknown figure id.
 * @param {string[]} figureIds
 * @param {string} where for the error message
 */
function sourcesFor(figureIds, where) {
  const ids = figureIds.map((figureId) => {
    const figure = figureById.get(figureId);
    if (!figure) throw new Error(`${where}: unknown figure id "${figureId}"`);
    return sourceIdFor(figure);
  });
  return [...new Set(ids)];
}

/**
 * Sets `sources` on every object (at any depth) that has `figureIds`, keeping key order otherwise.
 * @param {unknown} node
 * @param {string} where
 * @returns {unknown}
 */
function fill(node, where) {
  if (Array.isArray(node)) return node.map((item, index) => fill(item, `${where}[${index}]`));
  if (node === null || typeof node !== "object") return node;
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, value] of Object.entries(node)) out[key] = fill(value, `${where}.${key}`);
  if (Array.isArray(out.figureIds)) {
    const sources = sourcesFor(/** @type {string[]} */ (out.figureIds), where);
    if ("sources" in out) out.sources = sources;
    else {
      // Put `sources` right after `figureIds` so rows read in a stable order.
      /** @type {Record<string, unknown>} */
      const ordered = {};
      for (const [key, value] of Object.entries(out)) {
        ordered[key] = value;
        if (key === "figureIds") ordered.sources = sources;
      }
      return ordered;
    }
  }
  return out;
}

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error("usage: node scripts/fill-sources.mjs data/<file>.json …");
  process.exit(1);
}
for (const path of paths) {
  const data = JSON.parse(readFileSync(path, "utf8"));
  // Format as `npm test` checks it (prettier), so a filled file needs no second pass.
  const options = { ...(await resolveConfig(path)), filepath: path };
  writeFileSync(path, await format(JSON.stringify(fill(data, path), null, 2), options));
  console.log(`filled sources in ${path}`);
}
