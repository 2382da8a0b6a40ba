import { escapeXml } from "../share/escapeXml.ts";
import { pinnedPaths } from "./pinnedUrls.ts";

/** What pinning one chart's built pages needs to know. */
export interface PinContext {
  release: string;
  chartId: string;
  /** The site's origin, "https://…", as the build wrote it into absolute URLs. */
  origin: string;
  /** "Data as of <date>." in the edition's words. */
  note: string;
  /** The label of the link to the live chart page ("See the latest version"). */
  linkLabel: string;
}

function replaceOnce(html: string, find: RegExp, replace: (match: string) => string): string {
  if (!find.test(html)) throw new Error(`pinning: ${String(find)} not found in the built page`);
  return html.replace(find, replace);
}

const note = (context: PinContext, href: string, newTab: boolean): string =>
  `<p class="pinned-note">${escapeXml(context.note)} <a href="${escapeXml(href)}"` +
  `${newTab ? ' target="_blank" rel="noopener"' : ""}>${escapeXml(context.linkLabel)}</a></p>`;

/** Points a pinned page's chart at the release's copy of its wide layout, not the live one. */
function pinWideLayout(html: string, context: PinContext): string {
  const live = `data-wide="/charts/${context.chartId}/wide.svg"`;
  if (!html.includes(live)) {
    throw new Error(`pinning: the page of ${context.chartId} does not fetch ${live}`);
  }
  return html.replaceAll(live, `data-wide="${pinnedPaths(context.release, context.chartId).wide}"`);
}

/**
 * The built embed page of a chart as a release keeps it: a note "Data as of <date>." with a link to the
 * live chart page (in a new tab, as the page is framed) at the top, its wide layout fetched from the release;
 * scripts, styles and CSP untouched.
 */
export function pinEmbedPage(html: string, context: PinContext): string {
  if (!/<meta name="robots" content="noindex">/.test(html)) {
    throw new Error(`pinning: the embed page of ${context.chartId} is not noindex`);
  }
  const live = `${context.origin}/charts/${context.chartId}/`;
  return replaceOnce(
    pinWideLayout(html, context),
    /<main\b[^>]*>/,
    (main) => `${main}${note(context, live, true)}`,
  );
}

/**
 * The built chart page as a release keeps it: noindex, the note linking to the live page, its wide layout, embed
 * preview, oEmbed discovery and data downloads pointing at the release's own copies, and the PNG downloads
 * (not archived, to keep releases small) removed rather than left pointing at newer data.
 */
export function pinChartPage(html: string, context: PinContext): string {
  const { chartId, origin } = context;
  const live = `/charts/${chartId}/`;
  const pinned = pinnedPaths(context.release, chartId);
  let out = replaceOnce(
    pinWideLayout(html, context),
    /<meta charset="utf-8">/,
    (meta) => `${meta}<meta name="robots" content="noindex">`,
  );
  out = replaceOnce(out, /<main\b[^>]*>/, (main) => `${main}${note(context, live, false)}`);
  for (const [from, to] of [
    [`href="${live}data.csv"`, `href="${pinned.csv}"`],
    [`href="${live}data.json"`, `href="${pinned.json}"`],
    [`href="${live}metadata.json"`, `href="${pinned.metadata}"`],
    [`href="${live}chart.svg"`, `href="${pinned.svg}"`],
    [`href="/embed/${chartId}/"`, `href="${pinned.embed}"`],
    [`href="${origin}/oembed/${chartId}.json"`, `href="${origin}${pinned.oembed}"`],
  ] as const) {
    out = out.replaceAll(from, to);
  }
  const png = new RegExp(
    `<li><a href="(${live}chart|/cards/${chartId})\\.png"[^>]*>[^<]*</a></li>`,
    "g",
  );
  // Styles and scripts stay byte for byte, so the hashes in the page's CSP still allow them; the fonts keep
  // their content-hashed /_astro/ URLs, which the build serves from releases/assets/ when newer code has none.
  return out.replace(png, "");
}

/** The built oEmbed response of a chart as a release keeps it: its embed code frames the pinned embed. */
export function pinOembed(json: string, context: PinContext): string {
  const response = JSON.parse(json) as { html: string } & Record<string, unknown>;
  const liveEmbed = `${context.origin}/embed/${context.chartId}/`;
  const pinnedEmbed = `${context.origin}${pinnedPaths(context.release, context.chartId).embed}`;
  if (!response.html.includes(liveEmbed)) {
    throw new Error(`pinning: the oEmbed code of ${context.chartId} does not frame ${liveEmbed}`);
  }
  return JSON.stringify({ ...response, html: response.html.replaceAll(liveEmbed, pinnedEmbed) });
}
