import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, chromiumAvailable, openPage, startHarness } from "./harness.ts";

/** The families the page declares with @font-face, and the first family of every element that holds text. */
const familiesInUse = (): { declared: string[]; drawn: Record<string, string> } => {
  const declared = [...new Set([...document.fonts].map((face) => face.family.replace(/"/g, "")))];
  const drawn: Record<string, string> = {};
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || node.textContent?.trim() === "" || element.closest("script, style, template"))
      continue;
    const first = (getComputedStyle(element).fontFamily.split(",")[0] ?? "")
      .replace(/"/g, "")
      .trim();
    drawn[first] ??= (node.textContent ?? "").trim().slice(0, 40);
  }
  return { declared, drawn };
};

const WEB_FAMILIES = ["Inter Variable", "Source Serif 4 Variable"];

/** Text elements set in a web font at a weight the page declares no face of that family at (it would be faked). */
const undeclaredWeights = (families: string[]): string[] => {
  const declared = new Set(
    [...document.fonts].map((f) => `${f.family.replace(/"/g, "")} ${f.weight}`),
  );
  const wrong = new Set<string>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || node.textContent?.trim() === "" || element.closest("script, style, template"))
      continue;
    const style = getComputedStyle(element);
    const family = (style.fontFamily.split(",")[0] ?? "").replace(/"/g, "").trim();
    if (families.includes(family) && !declared.has(`${family} ${style.fontWeight}`)) {
      wrong.add(`${family} ${style.fontWeight}: ${(node.textContent ?? "").trim().slice(0, 30)}`);
    }
  }
  return [...wrong];
};

describe.skipIf(!chromiumAvailable())("web fonts in Chromium", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it.each(["/", "/charts/world/", "/sources/", "/data/", "/embed/world/"])(
    "%s declares exactly the web font families its text is set in",
    async (path) => {
      const watched = await openPage(harness, { viewport: { width: 390, height: 844 } });
      try {
        await watched.page.goto(harness.url(path), { waitUntil: "load" });
        const { declared, drawn } = await watched.page.evaluate(familiesInUse);
        const drawnWeb = Object.keys(drawn).filter((family) => WEB_FAMILIES.includes(family));
        expect(declared.toSorted(), JSON.stringify(drawn)).toEqual(drawnWeb.toSorted());
        expect(watched.problems).toEqual([]);
      } finally {
        await watched.close();
      }
    },
  );

  it.each(["/", "/az/", "/ru/"])(
    "%s draws every text in a web font from a face of its weight, with no glyph from another font",
    async (path) => {
      const watched = await openPage(harness, { viewport: { width: 1280, height: 900 } });
      try {
        await watched.page.goto(harness.url(path), { waitUntil: "load" });
        await watched.page.evaluate(() => document.fonts.ready);
        expect(await watched.page.evaluate(undeclaredWeights, WEB_FAMILIES)).toEqual([]);
        const cdp = await watched.page.context().newCDPSession(watched.page);
        await cdp.send("DOM.enable");
        await cdp.send("CSS.enable");
        const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
        const { nodeIds } = await cdp.send("DOM.querySelectorAll", {
          nodeId: root.nodeId,
          selector: "body :is(h1, h2, h3, p, li, strong, th, td, text, tspan, a, span)",
        });
        const fallbacks = new Set<string>();
        for (const nodeId of nodeIds) {
          const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
          const custom = fonts.some((f) => f.isCustomFont);
          for (const font of fonts.filter((f) => custom && !f.isCustomFont)) {
            fallbacks.add(`${String(font.glyphCount)} glyphs in ${font.familyName}`);
          }
        }
        expect(nodeIds.length).toBeGreaterThan(100);
        expect([...fallbacks]).toEqual([]);
        expect(watched.problems).toEqual([]);
      } finally {
        await watched.close();
      }
    },
  );

  it("the story's first screen at 390 px is drawn in the web fonts alone, from the files it preloads", async () => {
    const watched = await openPage(harness, { viewport: { width: 390, height: 844 } });
    try {
      const fetched: string[] = [];
      watched.page.on("request", (request) => {
        if (request.url().endsWith(".woff2")) fetched.push(new URL(request.url()).pathname);
      });
      await watched.page.goto(harness.url("/"), { waitUntil: "load" });
      await watched.page.evaluate(() => document.fonts.ready);
      const cdp = await watched.page.context().newCDPSession(watched.page);
      await cdp.send("DOM.enable");
      await cdp.send("CSS.enable");
      const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
      const fallbacks: string[] = [];
      for (const selector of [".site-header__name", "h1", ".byline", "main p", ".theme-switch"]) {
        const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
        expect(nodeId, selector).toBeGreaterThan(0);
        const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
        for (const font of fonts.filter((f) => !f.isCustomFont)) {
          fallbacks.push(`${selector}: ${String(font.glyphCount)} glyphs in ${font.familyName}`);
        }
      }
      expect(fallbacks).toEqual([]);
      const preloaded = await watched.page.$$eval('link[rel="preload"][as="font"]', (links) =>
        links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
      );
      expect(preloaded.length).toBe(2);
      for (const file of preloaded) expect(fetched).toContain(file);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
