import type { Source } from "../schemas/sources.ts";
import type { Datasets } from "./datasets.ts";

const indexes = new WeakMap<Datasets["sources"], ReadonlyMap<string, Source>>();

/** Every source by id (data/sources.json), built once per loaded datasets. */
export function sourcesById(datasets: Pick<Datasets, "sources">): ReadonlyMap<string, Source> {
  let index = indexes.get(datasets.sources);
  if (!index) {
    index = new Map(datasets.sources.map((source) => [source.id, source]));
    indexes.set(datasets.sources, index);
  }
  return index;
}

/** The source with this id; throws if there is none (loadDatasets has already checked every cited id exists). */
export function sourceById(datasets: Pick<Datasets, "sources">, id: string): Source {
  const source = sourcesById(datasets).get(id);
  if (!source)
    throw new Error(`unknown source id ${JSON.stringify(id)} (not in data/sources.json)`);
  return source;
}
