import type { APIRoute, GetStaticPaths } from "astro";
import { editionOf } from "../../../../i18n/index.ts";
import { chartById } from "../../../../charts/registry.ts";
import { chartShare, requireSite } from "../../../../site/chartShare.ts";
import { chartPaths } from "../../../../site/chartPaths.ts";

/** One JSON file per chart. */
export const getStaticPaths = chartPaths satisfies GetStaticPaths;

/** /charts/<id>/data.json: the same rows as the CSV, as an array of objects. */
export const GET: APIRoute = ({ params, site, currentLocale }) => {
  const edition = editionOf(currentLocale);
  const { download } = chartShare(chartById(params.id ?? ""), requireSite(site), edition);
  return Response.json(download.rows);
};
