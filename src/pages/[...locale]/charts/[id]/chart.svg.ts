import type { APIRoute, GetStaticPaths } from "astro";
import { editionOf } from "../../../../i18n/index.ts";
import { chartById } from "../../../../charts/registry.ts";
import { standaloneSvg } from "../../../../lib/share/standaloneSvg.ts";
import { chartShare, requireSite } from "../../../../site/chartShare.ts";
import { chartPaths } from "../../../../site/chartPaths.ts";

/** One SVG per chart. */
export const getStaticPaths = chartPaths satisfies GetStaticPaths;

/** /charts/<id>/chart.svg: the wide layout as a standalone file (light colours, font stack, title and desc). */
export const GET: APIRoute = ({ params, site, currentLocale }) => {
  const edition = editionOf(currentLocale);
  const { wide, rendered } = chartShare(chartById(params.id ?? ""), requireSite(site), edition);
  const svg = standaloneSvg(wide.tree, {
    title: rendered.text.title,
    description: rendered.altText,
  });
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
