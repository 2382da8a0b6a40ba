// The /data/<name>.json|csv routes: one per dataset of the registry, named after its file.
import { datasets } from "../../lib/data/datasets.ts";

/** One route per dataset; `name` is its file name without ".json". */
export const datasetPaths = (): { params: { name: string } }[] =>
  datasets.map((dataset) => ({ params: { name: dataset.file.replace(/\.json$/, "") } }));

/** The dataset whose file is `<name>.json`. */
export function datasetByName(name: string): (typeof datasets)[number] {
  const dataset = datasets.find((candidate) => candidate.file === `${name}.json`);
  if (dataset === undefined) throw new Error(`no dataset in file ${name}.json`);
  return dataset;
}
