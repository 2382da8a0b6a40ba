import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { chartById } from "../../src/charts/registry.ts";
import { renderChartData } from "../../src/charts/render/renderChart.ts";
import { loadDatasets } from "../../src/lib/data/loadDatasets.ts";
import { edition } from "../../src/i18n/index.ts";
import {
  type BuiltPage,
  builtPages,
  isEmbedPath,
  isPinnedPath,
  readDistBytes,
} from "./lib/dist.ts";
import { pageLoad } from "./lib/pageLoad.ts";

/** Story page JavaScript budget, bytes gzipped (inline scripts plus every .js file it loads). */
const storyJsBudget = 10 * 1024;
/** Story page budget, bytes gzipped: its HTML and everything it loads, fonts included. */
const storyBudget = 120 * 1024;
/** Story page budget in DOM elements (Lighthouse's DOM-size audit warns from about 800 and fails past 1,400 nodes deep; 3,000 is ours). */
const storyElementBudget = 3000;
/** Chart page budget, bytes gzipped, HTML and assets together. */
const chartPageBudget = 60 * 1024;
/** Embed page budget, bytes gzipped (its HTML plus everything it loads). */
const embedBudget = 30 * 1024;
/** How much heavier the story may get when the victims series has ten times its rows. */
const tenfoldRowsBudget = 1.25;

const gzipped = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length;

/** A page's weight, bytes gzipped: its HTML plus every file it loads (each gzipped as a CDN would serve it). */
const weight = (page: BuiltPage): { total: number; assets: readonly string[] } => {
  const assets = pageLoad(page).assets;
  const total =
    gzipped(page.html) + assets.reduce((sum, file) => sum + gzipped(readDistBytes(file)), 0);
  return { total, assets };
};

describe("byte budgets", () => {
  const pages = builtPages();
  const story = pages.find((page) => page.path === "/");

  it.each(["/", "/az/", "/ru/"])(
    `the story page %s weighs at most ${String(storyBudget / 1024)} KB gzipped, fonts included, and has at most ${String(storyElementBudget)} elements`,
    (path) => {
      const page = pages.find((candidate) => candidate.path === path);
      if (page === undefined)
        throw new Error(`no story at ${path} in dist/: run npm run build first`);
      const { total, assets } = weight(page);
      expect(total, `HTML + ${assets.join(", ")}`).toBeLessThanOrEqual(storyBudget);
      expect(page.document.querySelectorAll("*").length).toBeLessThanOrEqual(storyElementBudget);
    },
  );

  it(`every live chart page weighs at most ${String(chartPageBudget / 1024)} KB gzipped, HTML and assets together`, () => {
    const chartPages = pages.filter((page) => /^(\/(az|ru))?\/charts\/[a-z-]+\/$/.test(page.path));
    expect(chartPages.length).toBeGreaterThan(5);
    const over = chartPages
      .map((page) => ({ path: page.path, ...weight(page) }))
      .filter(({ total }) => total > chartPageBudget)
      .map(({ path, total }) => `${path}: ${String(total)} bytes`);
    expect(over).toEqual([]);
  });

  it(`the story with ten times the victims series' rows (a generated fixture) is at most ${String(Math.round((tenfoldRowsBudget - 1) * 100))}% heavier`, () => {
    if (story === undefined) throw new Error("dist/index.html is missing: run npm run build first");
    // The story inlines only a chart's narrow SVG (its table opens on demand), so the story grows by what the
    // narrow SVG grows. Each row is copied nine times, 3 days apart and with its counts raised by the copy's
    // number, so no two tooltips are alike.
    const spec = chartById("victims-since-ceasefire");
    const rows = spec.select(loadDatasets()) as Record<string, unknown>[];
    const shifted = (iso: string, days: number): string =>
      new Date(Date.parse(iso.length === 7 ? `${iso}-01` : iso) + days * 86_400_000)
        .toISOString()
        .slice(0, 10);
    const tenfold = rows.flatMap((row) =>
      Array.from({ length: 10 }, (_, copy) => ({
        ...row,
        asOf: shifted(String(row["asOf"]), copy * 3),
        ...Object.fromEntries(
          ["total", "killed", "injured"].map((field) => {
            const value = row[field];
            return [field, typeof value === "number" ? value + copy : value];
          }),
        ),
      })),
    );
    const narrowSvg = (data: unknown): string =>
      renderChartData(spec, data, edition).layouts.find((layout) => layout.layout === "narrow")
        ?.svg ?? "";
    const today = weight(story).total;
    const growth = gzipped(narrowSvg(tenfold)) - gzipped(narrowSvg(rows));
    expect(tenfold.length).toBe(rows.length * 10);
    expect((today + growth) / today).toBeLessThanOrEqual(tenfoldRowsBudget);
  });

  it(`the story page ships under ${String(storyJsBudget / 1024)} KB of JavaScript, gzipped`, () => {
    const story = pages.find((page) => page.path === "/");
    if (story === undefined) throw new Error("dist/index.html is missing: run npm run build first");
    const load = pageLoad(story);
    const inline = load.inlineScripts.length === 0 ? 0 : gzipped(load.inlineScripts.join("\n"));
    const files = load.assets.filter((file) => /\.m?js$/.test(file));
    const total = inline + files.reduce((sum, file) => sum + gzipped(readDistBytes(file)), 0);
    expect(total, `inline scripts + ${files.join(", ") || "no .js files"}`).toBeLessThan(
      storyJsBudget,
    );
  });

  it(`every live embed page weighs under ${String(embedBudget / 1024)} KB gzipped, HTML and assets together`, (context) => {
    // Releases' pinned embeds are archived output, kept byte for byte as they were published.
    const embeds = pages.filter((page) => isEmbedPath(page.path) && !isPinnedPath(page.path));
    context.skip(embeds.length === 0, "no /embed/ pages in dist/ yet");
    const over = embeds
      .map((page) => {
        const assets = pageLoad(page).assets;
        const total =
          gzipped(page.html) + assets.reduce((sum, file) => sum + gzipped(readDistBytes(file)), 0);
        return { path: page.path, total, assets };
      })
      .filter(({ total }) => total >= embedBudget)
      .map(({ path, total, assets }) => `${path}: ${String(total)} bytes (${assets.join(", ")})`);
    expect(over).toEqual([]);
  });
});
