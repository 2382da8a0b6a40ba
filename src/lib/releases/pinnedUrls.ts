/** The paths of one chart in one release, below /v/<release>/. */
export interface PinnedPaths {
  /** The release's folder, /v/<release>/. */
  root: string;
  page: string;
  embed: string;
  oembed: string;
  csv: string;
  json: string;
  metadata: string;
  svg: string;
  /** The wide layout the pinned pages fetch where the chart is wide. */
  wide: string;
}

/** Where release `release` keeps chart `chartId`: the same paths as the live chart, below /v/<release>/. */
export function pinnedPaths(release: string, chartId: string): PinnedPaths {
  const root = `/v/${release}/`;
  const page = `${root}charts/${chartId}/`;
  return {
    root,
    page,
    embed: `${root}embed/${chartId}/`,
    oembed: `${root}oembed/${chartId}.json`,
    csv: `${page}data.csv`,
    json: `${page}data.json`,
    metadata: `${page}metadata.json`,
    svg: `${page}chart.svg`,
    wide: `${page}wide.svg`,
  };
}
