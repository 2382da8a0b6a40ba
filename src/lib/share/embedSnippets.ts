import { escapeXml } from "./escapeXml.ts";
import { jsonForScript } from "./jsonForScript.ts";

/** What the help page's pym.js and AMP examples need about one chart. */
export interface SnippetOptions {
  /** Absolute URL of the embed page. */
  embedUrl: string;
  /** The chart title, for the iframe's accessible name. */
  title: string;
}

/**
 * The code for a newsroom template built on NPR's pym.js: a container with an element id and a pym.Parent
 * pointed at the embed page (the template loads pym.js itself).
 */
export function pymCode({ embedUrl, title }: SnippetOptions, containerId: string): string {
  const args = [containerId, embedUrl].map(jsonForScript).join(", ");
  return [
    `<div id="${escapeXml(containerId)}"></div>`,
    "<script>",
    `  new pym.Parent(${args}, { title: ${jsonForScript(title)} });`,
    "</script>",
  ].join("\n");
}

/**
 * The amp-iframe for a Google AMP page: resizable, at `height` CSS pixels until the embed reports its own,
 * with the overflow button AMP shows when it cannot resize without moving what the reader is looking at.
 */
export function ampCode(
  { embedUrl, title }: SnippetOptions,
  height: number,
  overflowLabel: string,
): string {
  const label = escapeXml(overflowLabel);
  return [
    `<amp-iframe src="${escapeXml(embedUrl)}" title="${escapeXml(title)}"`,
    `  layout="fixed-height" height="${String(height)}" frameborder="0" resizable`,
    `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox">`,
    `  <div overflow tabindex="0" role="button" aria-label="${label}">${label}</div>`,
    "</amp-iframe>",
  ].join("\n");
}

/** The script AMP needs in the page's head to run amp-iframe (AMP's own address; AMP pages load it from there). */
export const ampIframeScript =
  '<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>';
