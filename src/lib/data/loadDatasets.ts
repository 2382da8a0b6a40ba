import { join, resolve } from "node:path";
import { checkDateOrder } from "./checks/checkDateOrder.ts";
import { checkText } from "./checks/checkText.ts";
import { crossCheck, type ReadDataset } from "./crossCheck.ts";
import type { DataProblem } from "./DataProblem.ts";
import { DataValidationError } from "./DataValidationError.ts";
import { datasets, type Datasets } from "./datasets.ts";
import { parseRows } from "./parseRows.ts";
import { readJsonFile } from "./readJsonFile.ts";
import { readRayonIds } from "./readRayonIds.ts";

/**
 * The data directory: data/ in the repository (npm scripts, Astro and Vitest all run from its root), or the
 * folder named in LANDMINES_DATA_DIR, so a test can build the whole site from a fixture.
 */
export const defaultDataDir = resolve(process.cwd(), process.env["LANDMINES_DATA_DIR"] ?? "data");

/** The map whose rayon ids the districts must match, relative to the data directory. */
export const mapFile = "geo/azerbaijan.topo.json";

const cache = new Map<string, Datasets>();

// Files first, then rows in file order, so an editor can work down the list.
const byPlace = (a: DataProblem, b: DataProblem): number =>
  a.file.localeCompare(b.file) || (a.row ?? -1) - (b.row ?? -1);

/**
 * Reads every dataset in `dataDir`, checks each row against its schema and all rows against each other,
 * and returns the validated rows by dataset name; throws one DataValidationError listing every problem.
 * Memoized per directory (a failed load is not cached).
 */
export function loadDatasets(dataDir: string = defaultDataDir): Datasets {
  const dir = resolve(dataDir);
  const cached = cache.get(dir);
  if (cached) return cached;

  const problems: DataProblem[] = [];
  const read: Partial<Record<string, ReadDataset>> = {};
  for (const definition of datasets) {
    const file = `data/${definition.file}`;
    const json = readJsonFile(join(dir, definition.file), file, dir);
    if (!json.ok) {
      problems.push(...json.problems);
      continue;
    }
    const parsed = parseRows(definition, json.value, file);
    problems.push(...parsed.problems);
    problems.push(...checkText({ file, rows: parsed.rawRows }));
    problems.push(...checkDateOrder({ file, rows: parsed.rows }));
    read[definition.name] = {
      valid: { file, rows: parsed.rows },
      raw: { file, rows: parsed.rawRows },
    };
  }
  const rayons = readRayonIds(join(dir, mapFile), `data/${mapFile}`, dir);
  problems.push(...crossCheck(read, rayons, `data/${mapFile}`));
  if (problems.length > 0) throw new DataValidationError(problems.sort(byPlace));

  const loaded = Object.fromEntries(
    datasets.map(({ name }) => [name, read[name]?.valid.rows.map(({ value }) => value) ?? []]),
  ) as unknown as Datasets;
  cache.set(dir, loaded);
  return loaded;
}
