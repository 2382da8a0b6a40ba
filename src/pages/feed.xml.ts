import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { charts } from "../charts/registry.ts";
import { edition, locale, strings } from "../i18n/index.ts";
import { datasets as definitions } from "../lib/data/datasets.ts";
import { loadDatasets } from "../lib/data/loadDatasets.ts";
import { formatDate } from "../lib/format.ts";
import { datasetsRead } from "../lib/releases/datasetsRead.ts";
import { feedItems } from "../lib/releases/feedItems.ts";
import { loadReleases } from "../lib/releases/releaseManifest.ts";
import { requireSite, sectionTitle } from "../site/chartShare.ts";

/**
 * /feed.xml: the updates feed (RSS 2.0, by @astrojs/rss) of releases and corrections, newest first. Each
 * item links the charts drawn from the data files it changed (found by watching which datasets each
 * chart's `select` reads) and their story sections.
 */
export const GET: APIRoute = ({ site }) => {
  const origin = requireSite(site);
  const data = loadDatasets();
  const fileOf = new Map<string, string>(definitions.map((d) => [d.name, d.file]));
  const feedCharts = charts.map((spec) => ({
    id: spec.id,
    title: spec.text(edition).title,
    section: spec.section,
    sectionTitle: sectionTitle(spec.section, edition),
    files: datasetsRead(spec.select, data).flatMap((name) => fileOf.get(name) ?? []),
  }));
  const releases = loadReleases();
  const t = strings.releases.feed;
  return rss({
    title: t.title,
    description: t.description,
    site: origin,
    trailingSlash: false,
    items: feedItems(
      data.changelog,
      feedCharts,
      origin,
      {
        kinds: strings.pages.corrections.kinds,
        releaseTitle: t.releaseTitle,
        datasets: t.datasets,
        charts: t.charts,
        sections: t.sections,
        pinned: t.pinned,
        formatDate: (iso) => formatDate(iso, locale),
      },
      (release, chartId) => {
        const held = releases.find((r) => r.id === release)?.charts;
        return held === undefined || held.includes(chartId);
      },
    ),
  });
};
