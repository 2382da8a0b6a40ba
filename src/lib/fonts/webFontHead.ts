import { createHash } from "node:crypto";
import { formatUnicodeRange } from "./unicodeRange.ts";
import type { WebFont } from "./webFonts.ts";

/** A subset file as a page declares it: its family, weight, URL and the code points it holds. */
export interface PageFace {
  font: WebFont;
  /** The one weight the file is a static instance at (CSS `font-weight`). */
  weight: number;
  /** "/_astro/<name>.<hash>.woff2" */
  url: string;
  codePoints: readonly number[];
}

/** The marker BaseLayout leaves in the head where the build puts the page's font preloads and @font-face rules. */
export const WEB_FONTS_MARKER = /<template id="web-fonts"[^>]*><\/template>/g;

/** Whether a built page asks for the web fonts (holds the marker). */
export const hasWebFontsMarker = (html: string): boolean => html.search(WEB_FONTS_MARKER) !== -1;

/** The @font-face rules for a page's faces (one per file, its exact unicode-range, the weight it is instanced at). */
export function fontFaceCss(faces: readonly PageFace[]): string {
  return faces
    .map(
      ({ font, weight, url, codePoints }) =>
        `@font-face{font-family:"${font.family}";font-style:normal;font-display:swap;` +
        `font-weight:${String(weight)};` +
        `src:url(${url}) format("woff2");unicode-range:${formatUnicodeRange(codePoints)}}`,
    )
    .join("");
}

/** The CSP source that allows one inline `<style>` with exactly this text. */
export const styleHash = (css: string): string =>
  `'sha256-${createHash("sha256").update(css).digest("base64")}'`;

/**
 * The page with its web fonts in the head in place of the marker: a preload for each face in `preload`, one
 * `<style>` with the @font-face rules, and that style's hash added to the CSP `<meta>`'s `style-src`.
 */
export function withWebFontHead(
  html: string,
  faces: readonly PageFace[],
  preload: readonly PageFace[],
): string {
  if (html.match(WEB_FONTS_MARKER)?.length !== 1) {
    throw new Error("web fonts: the page must hold the marker exactly once");
  }
  const links = preload
    .map(
      (face) => `<link rel="preload" href="${face.url}" as="font" type="font/woff2" crossorigin>`,
    )
    .join("");
  if (faces.length === 0) return html.replace(WEB_FONTS_MARKER, links);
  const css = fontFaceCss(faces);
  const csp = /(<meta http-equiv="content-security-policy" content="[^"]*?style-src 'self')/;
  if (!csp.test(html))
    throw new Error("web fonts: no CSP <meta> with style-src 'self' to add the hash to");
  return html
    .replace(WEB_FONTS_MARKER, `${links}<style>${css}</style>`)
    .replace(csp, `$1 ${styleHash(css)}`);
}
