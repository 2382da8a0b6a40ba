/** Every public URL of one chart, absolute. */
export interface ChartUrls {
  /** The chart page, /charts/<id>/. */
  page: string;
  /** The page to put in an iframe, /embed/<id>/. */
  embed: string;
  /** The static oEmbed response, /oembed/<id>.json. */
  oembed: string;
  csv: string;
  json: string;
  metadata: string;
  svg: string;
  /** The chart alone as a PNG. */
  png: string;
  /** The 1200×630 social card. */
  card: string;
}

/** The absolute URLs of a chart's page, embed, oEmbed, downloads and images on `site`, in the edition at `prefix` ("/az"; "" for English). */
export function chartUrls(site: URL | string, id: string, prefix = ""): ChartUrls {
  const at = (path: string): string => new URL(`${prefix}${path}`, site).href;
  const base = `/charts/${id}/`;
  return {
    page: at(base),
    embed: at(`/embed/${id}/`),
    oembed: at(`/oembed/${id}.json`),
    csv: at(`${base}data.csv`),
    json: at(`${base}data.json`),
    metadata: at(`${base}metadata.json`),
    svg: at(`${base}chart.svg`),
    png: at(`${base}chart.png`),
    card: at(`/cards/${id}.png`),
  };
}
