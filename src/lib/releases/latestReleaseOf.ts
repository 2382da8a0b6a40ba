import type { Release } from "./releaseManifest.ts";

/** The newest release that holds chart `chartId` (a release being made holds every chart), if any. */
export function latestReleaseOf(
  releases: readonly Release[],
  chartId: string,
): Release | undefined {
  return releases.findLast(
    (release) => release.charts === undefined || release.charts.includes(chartId),
  );
}
