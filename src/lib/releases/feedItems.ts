import type { ChangelogEntry } from "../schemas/changelog.ts";
import { escapeXml } from "../share/escapeXml.ts";
import { changelogAnchor } from "./changelogAnchor.ts";
import { pinnedPaths } from "./pinnedUrls.ts";

/** A chart as the feed links it: id, title, story section and the data files it is drawn from. */
export interface FeedChart {
  id: string;
  title: string;
  section: string;
  sectionTitle: string;
  /** Files in data/ ("donors.json") its data is selected from. */
  files: readonly string[];
}

/** One item of the updates feed, in @astrojs/rss's shape. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content: string;
  categories: string[];
}

/** The words a feed item needs, in the edition's language. */
export interface FeedWords {
  kinds: Readonly<Record<ChangelogEntry["kind"], string>>;
  releaseTitle: (date: string) => string;
  datasets: string;
  charts: string;
  sections: string;
  pinned: string;
  formatDate: (iso: string) => string;
}

const links = (items: readonly { href: string; label: string }[]): string =>
  items.map(({ href, label }) => `<a href="${escapeXml(href)}">${escapeXml(label)}</a>`).join(", ");

/**
 * The feed's items, newest first: one per changelog entry (launch, update, correction, release), saying what
 * changed, which data files, and linking the charts drawn from those files and their story sections; a
 * release also links the pinned version of each of its charts. Links are absolute on `site`.
 */
export function feedItems(
  changelog: readonly ChangelogEntry[],
  charts: readonly FeedChart[],
  site: URL,
  words: FeedWords,
  /** Whether a release's archive holds a chart (charts added later have no pinned version in it). */
  releaseHolds: (release: string, chartId: string) => boolean,
): FeedItem[] {
  const at = (path: string): string => new URL(path, site).href;
  return changelog
    .map((entry, index) => {
      const affected = charts.filter((chart) =>
        chart.files.some((file) => entry.datasets.includes(file)),
      );
      const sections = [...new Map(affected.map((chart) => [chart.section, chart.sectionTitle]))];
      const parts = [`<p>${escapeXml(entry.description)}</p>`];
      if (entry.datasets.length > 0)
        parts.push(`<p>${words.datasets}: ${escapeXml(entry.datasets.join(", "))}</p>`);
      if (affected.length > 0) {
        parts.push(
          `<p>${words.charts}: ${links(affected.map((c) => ({ href: at(`/charts/${c.id}/`), label: c.title })))}</p>`,
          `<p>${words.sections}: ${links(sections.map(([id, title]) => ({ href: at(`/#${id}`), label: title })))}</p>`,
        );
      }
      const release = entry.kind === "release" ? entry.release : undefined;
      if (release !== undefined) {
        const pinned = charts
          .filter((c) => releaseHolds(release, c.id))
          .map((c) => ({ href: at(pinnedPaths(release, c.id).page), label: c.title }));
        parts.push(`<p>${words.pinned}: ${links(pinned)}</p>`);
      }
      const date = words.formatDate(entry.date);
      return {
        title:
          release === undefined ? `${words.kinds[entry.kind]}, ${date}` : words.releaseTitle(date),
        link: at(`/corrections/#${changelogAnchor(entry, index)}`),
        pubDate: new Date(`${entry.date}T00:00:00Z`),
        description: entry.description,
        content: parts.join(""),
        categories: [entry.kind],
      };
    })
    .reverse();
}
