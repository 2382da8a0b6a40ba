import { statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const gz = (/** @type {string | Buffer} */ bytes) => gzipSync(bytes, { level: 9 }).length;
const size = (/** @type {string | Buffer} */ bytes) => Buffer.byteLength(bytes);

/**
 * Byte counts for every page, every chart svg and dist/ as a whole. Imports the build tests' readers of dist/
 * (TypeScript, run by Node's type stripping), so the bench and the budget tests count the same bytes.
 * @param {string} root repository root
 */
export async function measureDist(root) {
  const { builtPages, distFiles, distDir, readDistBytes } =
    await import("../../tests/build/lib/dist.ts");
  const { pageLoad } = await import("../../tests/build/lib/pageLoad.ts");
  const pages = builtPages().map((page) => {
    const load = pageLoad(page);
    const of = (/** @type {RegExp} */ pattern, /** @type {readonly string[]} */ inline) => {
      const files = load.assets
        .filter((file) => pattern.test(file))
        .map((file) => readDistBytes(file));
      const parts = [...(inline.length > 0 ? [inline.join("\n")] : []), ...files];
      return {
        raw: parts.reduce((sum, part) => sum + size(part), 0),
        gzip: parts.reduce((sum, part) => sum + gz(part), 0),
      };
    };
    // Fonts are listed apart: a browser fetches only the @font-face subsets (unicode-range) the text needs.
    const isFont = (/** @type {string} */ file) => /\.(woff2?|ttf|otf)$/.test(file);
    const others = load.assets.filter((file) => !isFont(file));
    const fonts = load.assets.filter(isFont).map((file) => readDistBytes(file).length);
    // Preloaded font files are fetched with the HTML whatever the text; the others only when it draws them.
    const preloaded = [...page.document.querySelectorAll('link[rel="preload"][as="font"]')]
      .map((link) => load.assets.find((file) => `/${file}` === link.getAttribute("href")))
      .filter((file) => file !== undefined)
      .map((file) => readDistBytes(file).length);
    const all = [Buffer.from(page.html), ...others.map((file) => readDistBytes(file))];
    return {
      path: page.path,
      html: { raw: size(page.html), gzip: gz(page.html) },
      js: of(/\.m?js$/, load.inlineScripts),
      css: of(/\.css$/, load.inlineStyles),
      all: {
        raw: all.reduce((sum, part) => sum + part.length, 0),
        gzip: all.reduce((sum, part) => sum + gz(part), 0),
      },
      requests: 1 + others.length,
      fonts: {
        files: fonts.length,
        bytes: fonts.reduce((sum, bytes) => sum + bytes, 0),
        preloaded: preloaded.reduce((sum, bytes) => sum + bytes, 0),
      },
    };
  });
  /** @type {Map<string, {chart: string, page: string, raw: number, gzip: number}>} */
  const charts = new Map();
  for (const page of builtPages()) {
    for (const figure of page.document.querySelectorAll("figure.chart")) {
      const svgs = [...figure.querySelectorAll("svg")].filter(
        (svg) => svg.parentElement?.closest("svg") == null,
      );
      svgs.forEach((svg, index) => {
        const id = figure.getAttribute("data-chart") ?? "?";
        const chart = svgs.length > 1 ? `${id} [${String(index + 1)}/${String(svgs.length)}]` : id;
        if (!charts.has(chart))
          charts.set(chart, {
            chart,
            page: page.path,
            raw: size(svg.outerHTML),
            gzip: gz(svg.outerHTML),
          });
      });
    }
  }
  const files = distFiles();
  const total = files.reduce((sum, file) => sum + statSync(join(distDir, file)).size, 0);
  return { pages, charts: [...charts.values()], dist: { files: files.length, bytes: total }, root };
}
