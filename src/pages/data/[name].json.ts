import type { APIRoute } from "astro";
import { loadDatasets } from "../../lib/data/loadDatasets.ts";
import { datasetByName, datasetPaths } from "./_datasetPaths.ts";

/** One JSON download per dataset. */
export const getStaticPaths = datasetPaths;

/** /data/<name>.json: the dataset's rows exactly as the site validated them. */
export const GET: APIRoute = ({ params }) => {
  const dataset = datasetByName(params.name ?? "");
  return new Response(`${JSON.stringify(loadDatasets()[dataset.name], null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
