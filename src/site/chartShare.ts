// Everything the chart page, embed, oEmbed, downloads and cards say about one chart, built once per chart.
import type { ChartSpec } from "../charts/types.ts";
import {
  type RenderedChart,
  type RenderedLayout,
  renderChart,
} from "../charts/render/renderChart.ts";
import { loadDatasets } from "../lib/data/loadDatasets.ts";
import { sourceById } from "../lib/data/sourceById.ts";
import type { Source } from "../lib/schemas/sources.ts";
import { formatDate } from "../lib/format.ts";
import { chartDownload, type ChartDownload } from "../lib/share/chartDownload.ts";
import { chartUrls, type ChartUrls } from "../lib/share/chartUrls.ts";
import { citationBibtex, citationText, type CitationInput } from "../lib/share/citation.ts";
import { embedCode, embedHeight } from "../lib/share/embedCode.ts";
import type { Edition } from "../i18n/index.ts";
import { editionPrefix, pathIn } from "../i18n/paths.ts";
import { citedVersionUrl, pinnedShare, type PinnedShare } from "../lib/releases/pinnedShare.ts";
import { loadReleases } from "../lib/releases/releaseManifest.ts";

/** One chart with everything its share surfaces need. */
export interface ChartShare {
  spec: ChartSpec;
  rendered: RenderedChart;
  wide: RenderedLayout;
  sources: Source[];
  urls: ChartUrls;
  /** Path of the story section the chart belongs to, "/#<section>" (in the edition, "/az/#<section>"). */
  sectionPath: string;
  sectionTitle: string;
  /** Iframe height without script, in CSS pixels. */
  embedHeight: number;
  embedCode: string;
  /** When the site's data last changed (ISO): the latest changelog entry, the version every citation names. */
  version: string;
  citation: { text: string; bibtex: string };
  download: ChartDownload;
  /** The chart's newest release (/v/<release>/), offered beside the live embed; none before the first. */
  pinned: PinnedShare | undefined;
}

/** The site's data version: the date of the latest changelog entry (never the build time). */
export function siteVersion(): string {
  const latest = loadDatasets().changelog.at(-1);
  if (latest === undefined) throw new Error("data/changelog.json has no entry to date the data by");
  return latest.date;
}

/** The title of a story section by id (current ids only), in the edition's words. */
export function sectionTitle(id: string, edition: Edition): string {
  const section = (edition.strings.sections as Record<string, { title: string } | undefined>)[id];
  if (section === undefined) throw new Error(`chart section "${id}" is not a story section`);
  return section.title;
}

/** Gathers a registry chart's rendering, sources, URLs, embed code, citation and download rows on `site`, in an edition. */
export function chartShare(spec: ChartSpec, site: URL, edition: Edition): ChartShare {
  const { locale, strings } = edition;
  const datasets = loadDatasets();
  const rendered = renderChart(spec, datasets, edition);
  const wide = rendered.layouts.find((layout) => layout.layout === "wide") ?? rendered.layouts[0];
  if (wide === undefined) throw new Error(`chart ${spec.id} rendered no layout`);
  const sources = rendered.sourceIds.map((id) => sourceById(datasets, id));
  const urls = chartUrls(site, spec.id, editionPrefix(edition.lang));
  const height = embedHeight(rendered.layouts.map((layout) => layout.height));
  const version = siteVersion();
  // Releases so far archive the English pages only: the other editions offer the live embed alone.
  const pinned =
    edition.lang !== "en"
      ? undefined
      : pinnedShare(loadReleases(), {
          chartId: spec.id,
          title: rendered.text.title,
          height,
          site,
          locale,
        });
  const input: CitationInput = {
    id: spec.id,
    title: rendered.text.title,
    publisher: strings.site.publisher,
    siteName: strings.site.name,
    url: urls.page,
    version,
    versionLabel: formatDate(version, locale),
    versionUrl: citedVersionUrl(datasets.changelog, pinned),
    reportedBy: rendered.reportedBy.map((body) => edition.text(body)),
    words: strings.share.cite,
  };
  return {
    spec,
    rendered,
    wide,
    sources,
    urls,
    sectionPath: pathIn(edition.lang, `/#${spec.section}`),
    sectionTitle: sectionTitle(spec.section, edition),
    embedHeight: height,
    embedCode: embedCode({
      embedUrl: urls.embed,
      scriptUrl: new URL("/embed.js", site).href,
      title: rendered.text.title,
      height,
    }),
    version,
    citation: { text: citationText(input), bibtex: citationBibtex(input) },
    download: chartDownload(rendered.table, (id) => sourceById(datasets, id)),
    pinned,
  };
}

/** The site URL Astro was configured with; every share surface needs absolute URLs. */
export function requireSite(site: URL | undefined): URL {
  if (site === undefined) throw new Error("share pages need `site` in astro.config.mjs (SITE_URL)");
  return site;
}
