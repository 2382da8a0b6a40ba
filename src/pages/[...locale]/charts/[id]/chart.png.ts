import type { APIRoute, GetStaticPaths } from "astro";
import { editionOf } from "../../../../i18n/index.ts";
import { chartById } from "../../../../charts/registry.ts";
import { renderPng } from "../../../../lib/share/renderPng.ts";
import { standaloneSvg } from "../../../../lib/share/standaloneSvg.ts";
import { chartShare, requireSite } from "../../../../site/chartShare.ts";
import { chartPaths } from "../../../../site/chartPaths.ts";

/** One PNG per chart. */
export const getStaticPaths = chartPaths satisfies GetStaticPaths;

/** /charts/<id>/chart.png: the wide layout at twice its CSS size, rendered like the social cards. */
export const GET: APIRoute = async ({ params, site, currentLocale }) => {
  const edition = editionOf(currentLocale);
  const { wide, rendered } = chartShare(chartById(params.id ?? ""), requireSite(site), edition);
  const svg = standaloneSvg(wide.tree, {
    title: rendered.text.title,
    description: rendered.altText,
  });
  return new Response(new Uint8Array(await renderPng(svg, wide.width * 2)), {
    headers: { "Content-Type": "image/png" },
  });
};
