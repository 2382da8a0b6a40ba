import type { Evidence } from "../schemas/evidence.ts";
import type { Datasets } from "./datasets.ts";

const indexes = new WeakMap<Datasets["evidence"], ReadonlyMap<string, Evidence>>();

/** Every evidence record by id (data/evidence.json), built once per loaded datasets. */
export function evidenceById(datasets: Pick<Datasets, "evidence">): ReadonlyMap<string, Evidence> {
  let index = indexes.get(datasets.evidence);
  if (!index) {
    index = new Map(datasets.evidence.map((record) => [record.id, record]));
    indexes.set(datasets.evidence, index);
  }
  return index;
}
