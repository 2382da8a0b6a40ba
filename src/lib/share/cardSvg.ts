import { escapeXml } from "./escapeXml.ts";
import { nestSvg } from "./nestSvg.ts";
import { LIGHT } from "./standaloneSvg.ts";
import type { SvgElement } from "./svgTree.ts";
import { wrapText } from "./wrapText.ts";

/** Social card size, in pixels (the Open Graph / Twitter large-image size). */
export const CARD = { width: 1200, height: 630 } as const;

/** What a social card shows. */
export interface CardContent {
  /** Headline: a chart, section or story title. */
  title: string;
  /** A sentence under the headline, shown only when there is no chart. */
  summary?: string | undefined;
  /** The chart's wide-layout SVG tree, if the card shows one. */
  chartSvg?: SvgElement | undefined;
  /** "Source: …" line at the bottom. */
  source: string;
  /** The site's name, top left. */
  siteName: string;
  /** The site's host name, bottom right. */
  siteHost: string;
  /** Accent colour of the top rule. */
  accent: string;
}

const PAD = 56;
const FONT = "Inter, sans-serif";

const textLines = (
  lines: string[],
  x: number,
  y: number,
  size: number,
  lineHeight: number,
  extra: string,
): string =>
  lines
    .map(
      (line, index) =>
        `<text x="${String(x)}" y="${String(y + index * lineHeight)}" font-size="${String(size)}" ${extra}>${escapeXml(line)}</text>`,
    )
    .join("");

/** A 1200×630 light-theme card as an SVG string: site name, headline, the chart (or a summary), source and host. */
export function cardSvg(content: CardContent): string {
  const { width, height } = CARD;
  const titleLines = wrapText(content.title, 44, 2);
  const titleTop = PAD + 78;
  const titleEnd = titleTop + (titleLines.length - 1) * 54;
  const footerY = height - PAD + 8;
  let middle = "";
  if (content.chartSvg !== undefined) {
    const top = titleEnd + 36;
    const box = { x: PAD, y: top, width: width - 2 * PAD, height: footerY - 44 - top };
    middle = nestSvg(content.chartSvg, box, LIGHT.ink);
  } else if (content.summary !== undefined) {
    middle = textLines(
      wrapText(content.summary, 58, 4),
      PAD,
      titleEnd + 84,
      32,
      46,
      `fill="${LIGHT.inkSoft}"`,
    );
  }
  // About 0.55 em per character at 20 px: the source line stops short of the host name.
  const sourceChars = Math.floor((width - 2 * PAD - 24) / 11) - content.siteHost.length;
  const source = wrapText(content.source, sourceChars, 1)[0] ?? "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}" ` +
    `viewBox="0 0 ${String(width)} ${String(height)}" font-family="${FONT}">` +
    `<rect width="${String(width)}" height="${String(height)}" fill="${LIGHT.paper}"/>` +
    `<rect width="${String(width)}" height="10" fill="${content.accent}"/>` +
    textLines(
      [content.siteName.toUpperCase()],
      PAD,
      PAD + 16,
      22,
      0,
      `fill="${LIGHT.inkSoft}" letter-spacing="2"`,
    ) +
    textLines(titleLines, PAD, titleTop, 46, 54, `fill="${LIGHT.ink}" font-weight="700"`) +
    middle +
    `<line x1="${String(PAD)}" x2="${String(width - PAD)}" y1="${String(footerY - 30)}" y2="${String(footerY - 30)}" stroke="${LIGHT.rule}" stroke-width="2"/>` +
    textLines([source], PAD, footerY, 20, 0, `fill="${LIGHT.inkSoft}"`) +
    textLines(
      [content.siteHost],
      width - PAD,
      footerY,
      20,
      0,
      `fill="${LIGHT.inkSoft}" text-anchor="end"`,
    ) +
    `</svg>`
  );
}
