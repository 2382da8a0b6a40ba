import type { ChangelogEntry } from "../schemas/changelog.ts";
import { formatDate, type Locale } from "../format.ts";
import { embedCode } from "../share/embedCode.ts";
import { latestReleaseOf } from "./latestReleaseOf.ts";
import { pinnedPaths } from "./pinnedUrls.ts";
import type { Release } from "./releaseManifest.ts";

/** A chart's newest pinned version, as its chart page offers it. */
export interface PinnedShare {
  release: string;
  /** The release date (ISO) and as readers see it ("29 November 2026"). */
  date: string;
  dateLabel: string;
  /** Absolute URLs of the pinned chart page and embed page. */
  page: string;
  embed: string;
  /** The embed code that frames the pinned embed page. */
  embedCode: string;
}

/** What pinnedShare needs to know about the chart and the site. */
export interface PinnedShareInput {
  chartId: string;
  title: string;
  /** Iframe height without script, in CSS pixels (as the live embed code). */
  height: number;
  site: URL;
  locale: Locale;
}

/** The newest release of a chart with its URLs and embed code, or undefined before its first release. */
export function pinnedShare(
  releases: readonly Release[],
  input: PinnedShareInput,
): PinnedShare | undefined {
  const release = latestReleaseOf(releases, input.chartId);
  if (release === undefined) return undefined;
  const paths = pinnedPaths(release.id, input.chartId);
  const at = (path: string): string => new URL(path, input.site).href;
  return {
    release: release.id,
    date: release.date,
    dateLabel: formatDate(release.date, input.locale),
    page: at(paths.page),
    embed: at(paths.embed),
    embedCode: embedCode({
      embedUrl: at(paths.embed),
      scriptUrl: at("/embed.js"),
      title: input.title,
      height: input.height,
    }),
  };
}

/**
 * The URL of the version a citation names: the pinned page when the newest changelog entry is that
 * release (the data has not changed since), otherwise none (the live page is the only version).
 */
export function citedVersionUrl(
  changelog: readonly ChangelogEntry[],
  pinned: PinnedShare | undefined,
): string | undefined {
  const latest = changelog.at(-1);
  return pinned !== undefined && latest?.kind === "release" && latest.release === pinned.release
    ? pinned.page
    : undefined;
}
