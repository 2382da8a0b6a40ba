import type { APIRoute, GetStaticPaths } from "astro";
import { editionOf } from "../../../i18n/index.ts";
import { chartById } from "../../../charts/registry.ts";
import { LAYOUT_WIDTHS } from "../../../charts/render/renderChart.ts";
import { CARD } from "../../../lib/share/cardSvg.ts";
import { chartShare, requireSite } from "../../../site/chartShare.ts";
import { chartPaths } from "../../../site/chartPaths.ts";

/** One oEmbed response per chart. */
export const getStaticPaths = chartPaths satisfies GetStaticPaths;

/**
 * /oembed/<id>.json: a static oEmbed 1.0 "rich" response, found through the chart page's discovery link,
 * so CMSs that forbid script tags still get the responsive embed code and a thumbnail.
 */
export const GET: APIRoute = ({ params, site, currentLocale }) => {
  const edition = editionOf(currentLocale);
  const { strings } = edition;
  const origin = requireSite(site);
  const share = chartShare(chartById(params.id ?? ""), origin, edition);
  return Response.json({
    version: "1.0",
    type: "rich",
    title: share.rendered.text.title,
    author_name: strings.site.publisher,
    author_url: origin.href,
    provider_name: strings.site.name,
    provider_url: origin.href,
    cache_age: 86400,
    html: share.embedCode,
    width: LAYOUT_WIDTHS.wide,
    height: share.embedHeight,
    thumbnail_url: share.urls.card,
    thumbnail_width: CARD.width,
    thumbnail_height: CARD.height,
  });
};
