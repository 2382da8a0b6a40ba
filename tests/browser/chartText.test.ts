import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, chromiumAvailable, openPage, startHarness } from "./harness.ts";

/** Smallest on-screen font size (CSS px, after the SVG's scaling) of each visible chart's text, by chart id. */
const smallestChartText = (): Record<string, { size: number; text: string }> => {
  const smallest: Record<string, { size: number; text: string }> = {};
  for (const figure of document.querySelectorAll<HTMLElement>("figure.chart")) {
    for (const text of figure.querySelectorAll<SVGTextElement>("svg.chart-svg text")) {
      if (text.getBoundingClientRect().width === 0 || text.textContent.trim() === "") continue;
      const matrix = text.getScreenCTM();
      const size =
        parseFloat(getComputedStyle(text).fontSize) * (matrix ? Math.hypot(matrix.a, matrix.b) : 1);
      const id = figure.dataset["chart"] ?? "?";
      const current = smallest[id];
      if (!current || size < current.size) smallest[id] = { size, text: text.textContent };
    }
  }
  return smallest;
};

describe.skipIf(!chromiumAvailable())("chart text on screen", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it.each([320, 390, 1280])("is never smaller than 12 px at %i px wide", async (width) => {
    const watched = await openPage(harness, { viewport: { width, height: 900 } });
    try {
      await watched.page.goto(harness.url("/"), { waitUntil: "load" });
      // Off-screen charts skip layout (content-visibility): scroll through so every chart is measured.
      for (const figure of await watched.page.locator("figure.chart").all()) {
        await figure.scrollIntoViewIfNeeded();
      }
      const smallest = await watched.page.evaluate(smallestChartText);
      expect(Object.keys(smallest).length).toBeGreaterThan(0);
      for (const [chart, { size, text }] of Object.entries(smallest)) {
        expect(size, `${chart}: "${text}" is ${size.toFixed(1)} px`).toBeGreaterThanOrEqual(11.95);
      }
    } finally {
      await watched.close();
    }
  });
});
