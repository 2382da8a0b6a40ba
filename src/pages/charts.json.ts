import type { APIRoute } from "astro";
import { charts } from "../charts/registry.ts";
import { edition } from "../i18n/index.ts";
import { licence } from "../lib/share/licence.ts";
import { chartShare, requireSite } from "../site/chartShare.ts";

/** /charts.json: every chart's id, text, section, permalink, embed, oEmbed, data and image URLs. */
export const GET: APIRoute = ({ site }) => {
  const origin = requireSite(site);
  const list = charts.map((spec) => {
    const { urls, sectionPath, version } = chartShare(spec, origin, edition);
    return {
      id: spec.id,
      title: spec.text(edition).title,
      subtitle: spec.text(edition).subtitle,
      section: spec.section,
      sectionUrl: new URL(sectionPath, origin).href,
      permalink: urls.page,
      embed: urls.embed,
      oembed: urls.oembed,
      data: { csv: urls.csv, json: urls.json, metadata: urls.metadata },
      image: { png: urls.png, svg: urls.svg, card: urls.card },
      lastUpdated: version,
    };
  });
  return Response.json({ licence: licence.spdx, charts: list });
};
