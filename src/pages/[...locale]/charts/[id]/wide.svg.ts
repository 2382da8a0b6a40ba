import type { APIRoute, GetStaticPaths } from "astro";
import { editionOf } from "../../../../i18n/index.ts";
import { chartById } from "../../../../charts/registry.ts";
import { chartShare, requireSite } from "../../../../site/chartShare.ts";
import { chartPaths } from "../../../../site/chartPaths.ts";

/** One wide layout per chart. */
export const getStaticPaths = chartPaths satisfies GetStaticPaths;

/**
 * /charts/<id>/wide.svg: the chart's wide layout exactly as a page inlines it (marks named for screen readers
 * and tooltips, colours from the page's CSS), fetched by pages whose chart frame is wide. Not a download: the
 * standalone file is chart.svg.
 */
export const GET: APIRoute = ({ params, site, currentLocale }) => {
  const edition = editionOf(currentLocale);
  const { wide } = chartShare(chartById(params.id ?? ""), requireSite(site), edition);
  return new Response(wide.svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
