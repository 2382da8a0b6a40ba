import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative, resolve } from "node:path";
import { drawnText, type DrawnText } from "./drawnText.ts";
import { fontsourceFaces } from "./fontsourceFaces.ts";
import { subsetFace } from "./subsetFace.ts";
import { inRanges } from "./unicodeRange.ts";
import { hasWebFontsMarker, withWebFontHead, type PageFace } from "./webFontHead.ts";
import { WEB_FONT_KEYS, WEB_FONTS } from "./webFonts.ts";

/** What the build wrote: each subset file (path under the output folder, bytes) and each page's faces. */
export interface InstalledFonts {
  files: { path: string; bytes: number }[];
  pages: { path: string; faces: string[]; preload: string[] }[];
}

const htmlFiles = (dir: string, outDir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      // Pinned releases (/v/) keep the fonts they were archived with.
      if (entry.isDirectory()) return relative(outDir, path) === "v" ? [] : htmlFiles(path, outDir);
      return entry.name.endsWith(".html") ? [path] : [];
    })
    .sort();

const contentHash = (bytes: Buffer): string =>
  createHash("sha256").update(bytes).digest("base64url").slice(0, 8);

/**
 * Cuts the site's web fonts to what the built pages in `outDir` draw and gives each page what it needs.
 *
 * One set of files per language (`<html lang>`), from the text of all its pages, so a reader's browser fetches
 * each file once for the whole edition. Each family stays split the way Fontsource splits it (Latin, Latin
 * Extended, Cyrillic …), each file cut to the characters of its script the edition draws, with exact
 * unicode-ranges: the browser fetches a file only for a page that draws one of its characters. Measured on the
 * English edition (issue 12): Latin 15.0 KB (sans) and 17.8 KB (serif); Latin Extended 2.4 and 2.5 KB for the
 * five Azerbaijani letters the English pages draw; Cyrillic 5.9 and 12.1 KB for quoted Russian titles, fetched
 * only where one is shown. Merging a family into one file per language would save a 2.5 KB request on the story
 * but make every page fetch the Cyrillic, and harfbuzz cannot merge fonts; /az/ will fetch Latin + Latin
 * Extended, /ru/ Cyrillic + the Latin it draws.
 * A page gets @font-face rules only for the families and files it draws, and a preload only for each
 * family's main file (the one holding most of its characters): that is what its first screen draws.
 */
export async function installFonts(
  outDir: string,
  nodeModules: string = resolve("node_modules"),
): Promise<InstalledFonts> {
  const require = createRequire(join(nodeModules, "noop.js"));
  const pages = new Map<string, DrawnText>();
  for (const path of htmlFiles(outDir, outDir)) {
    const html = readFileSync(path, "utf8");
    if (hasWebFontsMarker(html)) pages.set(path, drawnText(html));
  }

  // Every face of every family each language needs, cut from the union of its pages' characters.
  const facesByLang = new Map<string, PageFace[]>();
  const files: InstalledFonts["files"] = [];
  const langs = [...new Set([...pages.values()].map((page) => page.lang))].sort();
  mkdirSync(join(outDir, "_astro"), { recursive: true });
  for (const lang of langs) {
    const faces: PageFace[] = [];
    for (const key of WEB_FONT_KEYS) {
      const font = WEB_FONTS[key];
      const drawn = new Set(
        [...pages.values()].filter((p) => p.lang === lang).flatMap((p) => [...p.codePoints[key]]),
      );
      const cssPath = require.resolve(font.fontsourceCss);
      const sources = fontsourceFaces(readFileSync(cssPath, "utf8"));
      // Where ranges overlap the last face declared wins, so each character goes to the last face that has it.
      for (const source of sources.toReversed()) {
        const wanted = [...drawn]
          .filter((codePoint) => inRanges(source.unicodeRange, codePoint))
          .sort((a, b) => a - b);
        const subset = await subsetFace(
          readFileSync(join(dirname(cssPath), source.file)),
          wanted,
          font,
        );
        if (!subset) continue;
        for (const codePoint of subset.codePoints) drawn.delete(codePoint);
        const name = `${basename(source.file, "-wght-normal.woff2")}-${lang}.${contentHash(subset.woff2)}.woff2`;
        writeFileSync(join(outDir, "_astro", name), subset.woff2);
        files.push({ path: `_astro/${name}`, bytes: subset.woff2.length });
        faces.push({ font, url: `/_astro/${name}`, codePoints: subset.codePoints });
      }
    }
    facesByLang.set(lang, faces.toReversed());
  }

  const installed: InstalledFonts["pages"] = [];
  for (const [path, page] of pages) {
    const faces: PageFace[] = [];
    const preload: PageFace[] = [];
    for (const key of WEB_FONT_KEYS) {
      const drawn = page.codePoints[key];
      const used = (face: PageFace): number => face.codePoints.filter((c) => drawn.has(c)).length;
      const own = (facesByLang.get(page.lang) ?? []).filter(
        (face) => face.font === WEB_FONTS[key] && used(face) > 0,
      );
      faces.push(...own);
      const main = own.toSorted((a, b) => used(b) - used(a))[0];
      if (main) preload.push(main);
    }
    writeFileSync(path, withWebFontHead(readFileSync(path, "utf8"), faces, preload));
    installed.push({
      path: relative(outDir, path),
      faces: faces.map((f) => f.url),
      preload: preload.map((f) => f.url),
    });
  }
  return { files, pages: installed };
}
