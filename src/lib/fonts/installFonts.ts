import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative, resolve } from "node:path";
import { drawnInFamily, drawnText, type DrawnText } from "./drawnText.ts";
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

/** The text of the built file a same-origin URL path is served from ("/a/" → a/index.html), if there is one. */
const readBuilt = (outDir: string, urlPath: string): string | undefined => {
  if (!urlPath.startsWith("/")) return undefined;
  const file = join(outDir, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath);
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
};

const contentHash = (bytes: Buffer): string =>
  createHash("sha256").update(bytes).digest("base64url").slice(0, 8);

// A story (an edition's front page) is what most readers open first and what the byte budget holds, so it gets
// files cut to its own text; the edition's other pages share one set, cached from page to page.
const isStory = (relativePath: string): boolean =>
  /^([a-z]{2,3}(-[a-z0-9]+)?\/)?index\.html$/i.test(relativePath);

/**
 * Cuts the site's web fonts to what the built pages in `outDir` draw and gives each page what it needs.
 *
 * Files are cut per font set: each edition's story alone, and the rest of the edition (`<html lang>`) together.
 * Within a set, each family is cut into one static instance per weight the set draws it at (`wght` pinned),
 * each holding only the characters drawn at that weight, and split the way Fontsource splits it (Latin, Latin
 * Extended, Cyrillic …) with exact unicode-ranges, so a page fetches a file only when it draws one of its
 * characters at its weight. Measured on the Russian story: a static instance of a subset
 * weighs about half the variable one (the axis's deltas go), the bold files hold only the headings' and
 * `<strong>`'s letters, and cutting the story apart from its edition drops the letters only other pages draw;
 * 64.6 KB → 49.8 KB in all. Harfbuzz cannot merge fonts, so each script of each weight stays a file of its own.
 * A page gets @font-face rules only for the files it draws from, and a preload only for each family's main
 * file (the one holding most of its characters): that is what its first screen draws.
 */
export async function installFonts(
  outDir: string,
  nodeModules: string = resolve("node_modules"),
): Promise<InstalledFonts> {
  const require = createRequire(join(nodeModules, "noop.js"));
  const pages = new Map<string, DrawnText>();
  for (const path of htmlFiles(outDir, outDir)) {
    const html = readFileSync(path, "utf8");
    if (hasWebFontsMarker(html))
      pages.set(
        path,
        drawnText(html, (url) => readBuilt(outDir, url)),
      );
  }
  const setOf = (path: string, page: DrawnText): string =>
    isStory(relative(outDir, path)) ? `${page.lang}-story` : page.lang;

  // Every face of every family and weight each font set needs, cut from the union of its pages' characters.
  const facesBySet = new Map<string, PageFace[]>();
  const files: InstalledFonts["files"] = [];
  const sets = [...new Set([...pages].map(([path, page]) => setOf(path, page)))].sort();
  mkdirSync(join(outDir, "_astro"), { recursive: true });
  for (const set of sets) {
    const inSet = [...pages].filter(([path, page]) => setOf(path, page) === set);
    const faces: PageFace[] = [];
    for (const key of WEB_FONT_KEYS) {
      const font = WEB_FONTS[key];
      const cssPath = require.resolve(font.fontsourceCss);
      const sources = fontsourceFaces(readFileSync(cssPath, "utf8"));
      const text = {
        languages: new Set(inSet.flatMap(([, page]) => [...page.languages[key]])),
        codePoints: new Set(inSet.flatMap(([, page]) => [...drawnInFamily(page, key)])),
      };
      for (const weight of font.weights) {
        const drawn = new Set(
          inSet.flatMap(([, page]) => [...(page.codePoints[key].get(weight) ?? [])]),
        );
        // Where ranges overlap the last face declared wins, so each character goes to the last face that has it.
        const cut: PageFace[] = [];
        for (const source of sources.toReversed()) {
          const wanted = [...drawn]
            .filter((codePoint) => inRanges(source.unicodeRange, codePoint))
            .sort((a, b) => a - b);
          const subset = await subsetFace(
            readFileSync(join(dirname(cssPath), source.file)),
            wanted,
            font,
            weight,
            text,
          );
          if (!subset) continue;
          for (const codePoint of subset.codePoints) drawn.delete(codePoint);
          const stem = `${basename(source.file, "-wght-normal.woff2")}-${String(weight)}-${set}`;
          const name = `${stem}.${contentHash(subset.woff2)}.woff2`;
          writeFileSync(join(outDir, "_astro", name), subset.woff2);
          files.push({ path: `_astro/${name}`, bytes: subset.woff2.length });
          cut.unshift({ font, weight, url: `/_astro/${name}`, codePoints: subset.codePoints });
        }
        faces.push(...cut);
      }
    }
    facesBySet.set(set, faces);
  }

  const installed: InstalledFonts["pages"] = [];
  for (const [path, page] of pages) {
    const faces: PageFace[] = [];
    const preload: PageFace[] = [];
    for (const key of WEB_FONT_KEYS) {
      const undrawn = [...page.codePoints[key].keys()].filter(
        (w) => !WEB_FONTS[key].weights.includes(w),
      );
      if (undrawn.length > 0) {
        throw new Error(
          `${relative(outDir, path)} draws ${key} at ${undrawn.join(", ")}: add the weight to webFonts.ts`,
        );
      }
      const used = (face: PageFace): number =>
        face.codePoints.filter((c) => page.codePoints[key].get(face.weight)?.has(c)).length;
      const own = (facesBySet.get(setOf(path, page)) ?? []).filter(
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
