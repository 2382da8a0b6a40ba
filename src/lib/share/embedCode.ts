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
 * The HTML a journalist pastes: a lazy, full-width iframe with a title and a height that works without
 * script, then the one small script that resizes every chart of ours on the page to its content.
 * Width and border are attributes, never a style attribute, which a host page's CSP (style-src 'self') blocks.
 */
export function embedCode({ embedUrl, scriptUrl, title, height }: EmbedCodeOptions): string {
  const iframe =
    `<iframe src="${escapeXml(embedUrl)}" title="${escapeXml(title)}" loading="lazy" ` +
    `width="100%" height="${String(height)}" frameborder="0" ` +
    `referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  return `${iframe}\n<script async src="${escapeXml(scriptUrl)}"></script>`;
}
