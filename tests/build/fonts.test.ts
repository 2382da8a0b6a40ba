import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { create, type Font } from "fontkitten";
import { describe, expect, it } from "vitest";
import { drawnInFamily, drawnText } from "../../src/lib/fonts/drawnText.ts";
import { fontsourceFaces } from "../../src/lib/fonts/fontsourceFaces.ts";
import { inRanges, parseUnicodeRange } from "../../src/lib/fonts/unicodeRange.ts";
import { WEB_FONT_KEYS, WEB_FONTS, type WebFontKey } from "../../src/lib/fonts/webFonts.ts";
import { builtPages, fileForPath, readDist, readDistBytes, type BuiltPage } from "./lib/dist.ts";

/**
 * All the font files each story declares, bytes. Measured with a static instance per weight, each cut to the
 * story's own characters at that weight: / 38,536, /az/ 46,524, /ru/ 49,764 (they were 44,288, 48,280 and
 * 64,580 with the variable files shared by the edition).
 */
const storyFontBudgets: Readonly<Record<string, number>> = {
  "/": 40_000,
  "/az/": 48_000,
  "/ru/": 51_000,
};

interface DeclaredFace {
  key: WebFontKey;
  weight: number;
  file: string;
  unicodeRange: ReturnType<typeof parseUnicodeRange>;
}

const keyOf = (family: string): WebFontKey => {
  const key = WEB_FONT_KEYS.find((k) => WEB_FONTS[k].family === family);
  if (!key) throw new Error(`@font-face for a family the site does not have: ${family}`);
  return key;
};

const fileOf = (url: string): string => {
  const file = fileForPath(url);
  if (!file) throw new Error(`${url} is not in dist/`);
  return file;
};

/** The @font-face rules in a page's inline styles. */
const declaredFaces = (page: BuiltPage): DeclaredFace[] =>
  [...page.document.querySelectorAll("style")].flatMap((style) =>
    [...style.textContent.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body = ""]) => ({
      key: keyOf(/font-family:\s*"?([^";]+)"?;/.exec(body)?.[1] ?? ""),
      weight: Number(/font-weight:\s*([^;]+);/.exec(body)?.[1]),
      file: fileOf(/src:\s*url\(([^)]+)\)/.exec(body)?.[1] ?? ""),
      unicodeRange: parseUnicodeRange(/unicode-range:\s*([^;}]+)/.exec(body)?.[1] ?? ""),
    })),
  );

const preloads = (page: BuiltPage): string[] =>
  [...page.document.querySelectorAll('link[rel="preload"][as="font"]')].map((link) =>
    fileOf(link.getAttribute("href") ?? ""),
  );

const fonts = new Map<string, Font>();
const fontOf = (file: string): Font => {
  let font = fonts.get(file);
  if (!font) {
    const parsed = create(readDistBytes(file));
    if (parsed.isCollection) throw new Error(`${file} is a collection`);
    font = parsed;
    fonts.set(file, font);
  }
  return font;
};

// What the families cover at all: a character outside every Fontsource range was never drawn in the web font.
const require = createRequire(import.meta.url);
const familyRanges = (key: WebFontKey) =>
  fontsourceFaces(readFileSync(require.resolve(WEB_FONTS[key].fontsourceCss), "utf8")).flatMap(
    (face) => face.unicodeRange,
  );

/** What a page draws, with what its scripts fetch and show in place (wide chart layouts, table parts). */
const drawnOn = (page: BuiltPage) =>
  drawnText(page.html, (url) => {
    const file = fileForPath(url);
    return file === undefined ? undefined : readDist(file);
  });

const hex = (codePoint: number): string => `U+${codePoint.toString(16).toUpperCase()}`;

describe("web fonts cut to what each page draws", () => {
  // Pinned releases (/v/) are kept byte for byte with the fonts they were archived with.
  const pages = builtPages().filter((page) => !page.path.startsWith("/v/"));
  const withFonts = pages.map((page) => ({ page, faces: declaredFaces(page) }));

  it("every character a page draws in a web font is in a file that page declares for that family and weight", () => {
    const missing = withFonts.flatMap(({ page, faces }) => {
      if (faces.length === 0) return [];
      const drawn = drawnOn(page);
      return WEB_FONT_KEYS.flatMap((key) => {
        const ranges = familyRanges(key);
        return [...drawn.codePoints[key]].flatMap(([weight, codePoints]) => {
          const files = faces
            .filter((face) => face.key === key && face.weight === weight)
            .map((face) => fontOf(face.file));
          return [...codePoints]
            .filter(
              (c) => inRanges(ranges, c) && !files.some((font) => font.hasGlyphForCodePoint(c)),
            )
            .map(
              (c) => `${page.path} ${key} ${String(weight)} ${String.fromCodePoint(c)} (${hex(c)})`,
            );
        });
      });
    });
    expect(missing).toEqual([]);
  });

  it("every code point of a face's unicode-range has a glyph in its file", () => {
    const lies = withFonts.flatMap(({ page, faces }) =>
      faces.flatMap((face) =>
        face.unicodeRange
          .flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => first + i))
          .filter((c) => !fontOf(face.file).hasGlyphForCodePoint(c))
          .map((c) => `${page.path} ${face.file} ${hex(c)}`),
      ),
    );
    expect(lies).toEqual([]);
  });

  it("no page declares a font file it draws no character of at the file's weight", () => {
    const unused = withFonts.flatMap(({ page, faces }) => {
      const drawn = drawnOn(page);
      return faces
        .filter(
          (face) =>
            ![...(drawn.codePoints[face.key].get(face.weight) ?? [])].some((c) =>
              inRanges(face.unicodeRange, c),
            ),
        )
        .map((face) => `${page.path} ${face.file} ${String(face.weight)}`);
    });
    expect(unused).toEqual([]);
  });

  it("chart pages, the data page and the charts index declare no serif; embeds no web font at all", () => {
    // A chart's table page is a page of text like the sources page (its heading and links are the body's).
    const sansOnly = (path: string): boolean =>
      /^(\/(az|ru))?\/(charts|data)\//.test(path) && !/\/table\/$/.test(path);
    const wrong = withFonts
      .filter(({ page, faces }) =>
        /^(\/(az|ru))?\/embed\//.test(page.path)
          ? faces.length > 0 || /\.woff2/.test(page.html)
          : sansOnly(page.path) && faces.some((face) => face.key === "serif"),
      )
      .map(({ page }) => page.path);
    expect(wrong).toEqual([]);
    expect(withFonts.filter(({ page }) => sansOnly(page.path)).length).toBeGreaterThan(0);
  });

  it("a page preloads only font files it declares, at most one per family", () => {
    const wrong = withFonts.flatMap(({ page, faces }) => {
      const declared = faces.map((face) => face.file);
      const preloaded = preloads(page);
      const keys = preloaded.map((file) => faces.find((face) => face.file === file)?.key);
      return preloaded
        .filter((file, i) => !declared.includes(file) || keys.indexOf(keys[i]) !== i)
        .map((file) => `${page.path} ${file}`);
    });
    expect(wrong).toEqual([]);
  });

  it("every font file is a static instance at the one weight every page declares it for", () => {
    const weights = new Map<string, Set<number>>();
    for (const face of withFonts.flatMap(({ faces }) => faces)) {
      weights.set(face.file, (weights.get(face.file) ?? new Set()).add(face.weight));
    }
    const wrong = [...weights]
      .filter(([file, declared]) => {
        const font = fontOf(file);
        const [weight] = declared;
        return (
          declared.size !== 1 ||
          Object.keys(font.variationAxes).length > 0 ||
          font["OS/2"].usWeightClass !== weight
        );
      })
      .map(([file, declared]) => `${file} declared at ${[...declared].join(", ")}`);
    expect(weights.size).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it("a page draws each family only at the weights the build cuts it at", () => {
    const wrong = withFonts.flatMap(({ page }) => {
      const drawn = drawnOn(page);
      return WEB_FONT_KEYS.flatMap((key) =>
        [...drawn.codePoints[key].keys()]
          .filter((weight) => !WEB_FONTS[key].weights.includes(weight))
          .map((weight) => `${page.path} ${key} ${String(weight)}`),
      );
    });
    expect(wrong).toEqual([]);
  });

  it.each(Object.entries(storyFontBudgets))(
    "the story at %s declares font files weighing at most %i bytes together",
    (path, budget) => {
      const story = withFonts.find(({ page }) => page.path === path);
      if (!story) throw new Error(`${path} is missing: run npm run build first`);
      const files = [...new Set(story.faces.map((face) => face.file))];
      const total = files.reduce((sum, file) => sum + readDistBytes(file).length, 0);
      expect(total, files.join(", ")).toBeLessThanOrEqual(budget);
      expect(preloads(story.page).length).toBeGreaterThan(0);
      expect(drawnInFamily(drawnOn(story.page), "sans").size).toBeGreaterThan(0);
    },
  );
});

// A guard for the test's own reading of Fontsource: the paths it resolves exist.
describe("the Fontsource stylesheets the build reads", () => {
  it("list files that exist beside them", () => {
    for (const key of WEB_FONT_KEYS) {
      const css = require.resolve(WEB_FONTS[key].fontsourceCss);
      for (const face of fontsourceFaces(readFileSync(css, "utf8"))) {
        expect(() => readFileSync(join(dirname(css), face.file))).not.toThrow();
      }
    }
  });
});
