import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { builtPages, isEmbedPath, readDistBytes } from "./lib/dist.ts";
import { pageLoad } from "./lib/pageLoad.ts";

/** Story page JavaScript budget, bytes gzipped (inline scripts plus every .js file it loads). */
const storyJsBudget = 10 * 1024;
/** Embed page budget, bytes gzipped (its HTML plus everything it loads). */
const embedBudget = 50 * 1024;

const gzipped = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length;

describe("byte budgets", () => {
  const pages = builtPages();

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

  it(`every embed page weighs under ${String(embedBudget / 1024)} KB gzipped, HTML and assets together`, (context) => {
    const embeds = pages.filter((page) => isEmbedPath(page.path));
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
