import type { APIRoute, GetStaticPaths } from "astro";
import { editionOf } from "../../../../i18n/index.ts";
import { chartById } from "../../../../charts/registry.ts";
import { toCsv } from "../../../../lib/share/csv.ts";
import { chartShare, requireSite } from "../../../../site/chartShare.ts";
import { chartPaths } from "../../../../site/chartPaths.ts";

/** One CSV per chart. */
export const getStaticPaths = chartPaths satisfies GetStaticPaths;

/** /charts/<id>/data.csv: exactly the rows the chart shows, each with its sources spelled out (RFC 4180, UTF-8). */
export const GET: APIRoute = ({ params, site, currentLocale }) => {
  const edition = editionOf(currentLocale);
  const { download } = chartShare(chartById(params.id ?? ""), requireSite(site), edition);
  const rows = download.rows.map((row) => download.columns.map((column) => row[column]));
  return new Response(toCsv(download.columns, rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
