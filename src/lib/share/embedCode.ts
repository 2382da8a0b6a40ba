import { escapeXml } from "./escapeXml.ts";

/** Room for the text around the chart in an embed (title, subtitle, source line, links), in CSS pixels. */
export const EMBED_TEXT_ALLOWANCE = 240;

/**
 * The iframe height, in CSS pixels, that shows a chart without scrolling before the resize script runs
 * (or where it never does): its tallest layout plus room for the text around it.
 */
export function embedHeight(layoutHeights: readonly number[]): number {
  return Math.ceil(Math.max(0, ...layoutHeights)) + EMBED_TEXT_ALLOWANCE;
}

/** What the embed code needs. */
export interface EmbedCodeOptions {
  /** Absolute URL of the embed page. */
  embedUrl: string;
  /** Absolute URL of the parent script, /embed.js. */
  scriptUrl: string;
  /** The chart title, for the iframe's accessible name. */
  title: string;
  /** Default height in CSS pixels (see embedHeight). */
  height: number;
}

/**
 * The iframe alone, as it works where a CMS removes scripts: lazy, full-width, with a title and the fixed height
 * of the embed code. Width and border are attributes, never a style attribute, which a host page's CSP
 * (style-src 'self') blocks.
 */
export function embedIframe({
  embedUrl,
  title,
  height,
}: Omit<EmbedCodeOptions, "scriptUrl">): string {
  return (
    `<iframe src="${escapeXml(embedUrl)}" title="${escapeXml(title)}" loading="lazy" ` +
    `width="100%" height="${String(height)}" frameborder="0" ` +
    `referrerpolicy="strict-origin-when-cross-origin"></iframe>`
  );
}

/**
 * The HTML a journalist pastes: the iframe (see embedIframe), then the one small script that resizes every
 * chart of ours on the page to its content.
 */
export function embedCode(options: EmbedCodeOptions): string {
  return `${embedIframe(options)}\n<script async src="${escapeXml(options.scriptUrl)}"></script>`;
}
