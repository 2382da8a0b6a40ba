// Data preparation: fills every `sources` list in data files from its `evidence` ids, via data/evidence.json
// (each record names its source), so a row's sources never drift from its evidence.
// Usage: npm run data:sources  (all data files), or node scripts/fill-sources.mjs data/<file>.json …
// Never run by the build or tests: validation only checks that `sources` match.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { format, resolveConfig } from "prettier";

const dataDir = resolve(import.meta.dirname, "../data");
/** @type {Array<{id: string, source: string}>} */
const evidence = JSON.parse(readFileSync(join(dataDir, "evidence.json"), "utf8"));
const sourceOf = new Map(evidence.map((record) => [record.id, record.source]));

/**
 * The deduplicated source ids of a list of evidence ids, in order; throws on an unknown evidence id.
 * @param {string[]} evidenceIds
 * @param {string} where for the error message
 */
function sourcesFor(evidenceIds, where) {
  const ids = evidenceIds.map((id) => {
    const source = sourceOf.get(id);
    if (source === undefined)
      throw new Error(`${where}: unknown evidence id "${id}" (add it to data/evidence.json)`);
    return source;
  });
  return [...new Set(ids)];
}

/**
 * Sets `sources` on every object (at any depth) that has `evidence`, keeping key order otherwise.
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
  if (!Array.isArray(out.evidence)) return out;
  const sources = sourcesFor(/** @type {string[]} */ (out.evidence), where);
  if ("sources" in out) return { ...out, sources };
  // Put `sources` right after `evidence` so rows read in a stable order.
  /** @type {Record<string, unknown>} */
  const ordered = {};
  for (const [key, value] of Object.entries(out)) {
    ordered[key] = value;
    if (key === "evidence") ordered.sources = sources;
  }
  return ordered;
}

const named = process.argv.slice(2);
const paths =
  named.length > 0
    ? named
    : readdirSync(dataDir)
        .filter(
          (name) => name.endsWith(".json") && name !== "evidence.json" && name !== "sources.json",
        )
        .map((name) => join(dataDir, name));
for (const path of paths) {
  const data = JSON.parse(readFileSync(path, "utf8"));
  // Format as `npm test` checks it (prettier), so a filled file needs no second pass.
  const options = { ...(await resolveConfig(path)), filepath: path };
  writeFileSync(path, await format(JSON.stringify(fill(data, path), null, 2), options));
}
console.log(`filled sources in ${String(paths.length)} file(s)`);
