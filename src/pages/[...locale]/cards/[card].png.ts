import type { APIRoute, GetStaticPaths } from "astro";
import { editionOf } from "../../../i18n/index.ts";
import { charts } from "../../../charts/registry.ts";
import { cardSvg } from "../../../lib/share/cardSvg.ts";
import { renderPng } from "../../../lib/share/renderPng.ts";
import { sections } from "../../../lib/story/sections.ts";
import { chartShare, requireSite } from "../../../site/chartShare.ts";
import { chartIds } from "../../../site/chartPaths.ts";
import { inEveryEdition } from "../../../site/editionPaths.ts";

/** The card's accent: the site's primary chart colour, light theme. */
const ACCENT = "#b5470b";

/** Every card, in every edition: one per chart (its id), one per section ("section-<id>") and the story's ("story"). */
export const getStaticPaths = (() =>
  inEveryEdition([
    ...chartIds().map(({ params }) => ({ params: { card: params.id } })),
    ...sections.map((section) => ({ params: { card: `section-${section.id}` } })),
    { params: { card: "story" } },
  ])) satisfies GetStaticPaths;

/** /cards/<card>.png: a 1200×630 social card rendered at build time from the chart SVGs (light theme). */
export const GET: APIRoute = async ({ params, site, currentLocale }) => {
  const edition = editionOf(currentLocale);
  const { strings } = edition;
  const origin = requireSite(site);
  const name = params.card ?? "";
  const base = { siteName: strings.site.name, siteHost: origin.host, accent: ACCENT };
  const withChart = (chartId: string | undefined, title: string, summary?: string) => {
    const chart = charts.find((candidate) => candidate.id === chartId);
    if (chart === undefined)
      return cardSvg({ ...base, title, summary, source: strings.story.byline });
    const share = chartShare(chart, origin, edition);
    const source = `${strings.ui.source}: ${share.rendered.reportedBy.map((body) => edition.text(body)).join("; ")}`;
    return cardSvg({ ...base, title, chartSvg: share.wide.tree, source });
  };
  let svg: string;
  if (name === "story") {
    svg = withChart(charts[0]?.id, strings.site.title);
  } else if (name.startsWith("section-")) {
    const id = name.slice("section-".length) as keyof typeof strings.sections;
    const text = strings.sections[id];
    const first = charts.find((chart) => chart.section === id);
    svg = withChart(first?.id, text.title, text.summary);
  } else {
    const chart = charts.find((candidate) => candidate.id === name);
    if (chart === undefined) throw new Error(`no card named ${name}`);
    svg = withChart(chart.id, chart.text(edition).title);
  }
  return new Response(new Uint8Array(await renderPng(svg)), {
    headers: { "Content-Type": "image/png" },
  });
};
