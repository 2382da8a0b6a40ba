import type { APIRoute } from "astro";
import { loadDatasets } from "../../lib/data/loadDatasets.ts";
import { toCsv } from "../../lib/share/csv.ts";
import { flattenRows } from "../../lib/share/flattenRows.ts";
import { schemaFields } from "../../lib/share/schemaFields.ts";
import { datasetByName, datasetPaths } from "./_datasetPaths.ts";

/** One CSV download per dataset. */
export const getStaticPaths = datasetPaths;

/** /data/<name>.csv: the validated rows, lists joined with "; " and nested values as JSON (RFC 4180). */
export const GET: APIRoute = ({ params }) => {
  const dataset = datasetByName(params.name ?? "");
  const table = flattenRows(loadDatasets()[dataset.name], schemaFields(dataset.schema));
  return new Response(toCsv(table.columns, table.rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
