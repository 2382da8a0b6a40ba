import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, chromiumAvailable, openPage, startHarness } from "./harness.ts";

/** For each chart frame on the page: how many SVGs it holds and the drawn width of the one shown (300 or 720). */
const frames = (): { svgs: number; drawn: number; shown: number }[] =>
  [...document.querySelectorAll(".chart__frame")].map((frame) => {
    const svgs = frame.querySelectorAll(":scope > svg");
    const svg = svgs[0];
    return {
      svgs: svgs.length,
      drawn: Number(svg?.getAttribute("width") ?? 0),
      shown: svg?.getBoundingClientRect().width ?? 0,
    };
  });

describe.skipIf(!chromiumAvailable())("one SVG per chart, narrow inline and wide on demand", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it("a phone gets each chart's narrow layout and never fetches a wide one", async () => {
    const watched = await openPage(harness, { viewport: { width: 390, height: 844 } });
    const wideRequests: string[] = [];
    watched.page.on("request", (request) => {
      if (request.url().endsWith("/wide.svg")) wideRequests.push(request.url());
    });
    try {
      await watched.page.goto(harness.url("/"), { waitUntil: "networkidle" });
      const shown = await watched.page.evaluate(frames);
      expect(shown.length).toBeGreaterThan(5);
      for (const frame of shown) expect(frame).toMatchObject({ svgs: 1, drawn: 300 });
      expect(wideRequests).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  it("a wide screen swaps in each chart's wide layout, one SVG per frame, and back when the window narrows", async () => {
    const watched = await openPage(harness, { viewport: { width: 1280, height: 900 } });
    try {
      await watched.page.goto(harness.url("/"), { waitUntil: "networkidle" });
      await watched.page.waitForFunction(() =>
        [...document.querySelectorAll(".chart__frame > svg")].every(
          (svg) => svg.getAttribute("width") === "720",
        ),
      );
      for (const frame of await watched.page.evaluate(frames)) {
        expect(frame).toMatchObject({ svgs: 1, drawn: 720 });
      }
      // The wide layout's marks are reachable and named like the narrow one's.
      expect(
        await watched.page.locator('.chart__frame .chart-svg [aria-label][tabindex="0"]').count(),
      ).toBe((await watched.page.evaluate(frames)).length);
      await watched.page.setViewportSize({ width: 390, height: 844 });
      await watched.page.waitForFunction(() =>
        [...document.querySelectorAll(".chart__frame > svg")].every(
          (svg) => svg.getAttribute("width") === "300",
        ),
      );
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  it("without JavaScript a wide screen shows the narrow layout, centred and at most 640 px wide", async () => {
    const watched = await openPage(harness, {
      viewport: { width: 1280, height: 900 },
      javaScriptEnabled: false,
    });
    try {
      await watched.page.goto(harness.url("/"), { waitUntil: "load" });
      const shown = await watched.page.evaluate(frames);
      for (const frame of shown) {
        expect(frame.svgs).toBe(1);
        expect(frame.drawn).toBe(300);
        expect(frame.shown).toBeLessThanOrEqual(640);
      }
      const centred = await watched.page.evaluate(() =>
        [...document.querySelectorAll(".chart__frame")].every((frame) => {
          const outer = frame.getBoundingClientRect();
          const inner = frame.querySelector("svg")?.getBoundingClientRect();
          return (
            inner !== undefined &&
            Math.abs(inner.left - outer.left - (outer.right - inner.right)) < 2
          );
        }),
      );
      expect(centred).toBe(true);
    } finally {
      await watched.close();
    }
  });

  it("opening a story chart's data table loads the table in place; without JavaScript it links to it", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const watched = await openPage(harness, { javaScriptEnabled });
      try {
        await watched.page.goto(harness.url("/"), { waitUntil: "load" });
        const details = watched.page.locator("details.chart__table[data-fetch]").first();
        await details.locator("summary").click();
        if (javaScriptEnabled) {
          await details.locator("table td").first().waitFor();
          expect(await details.locator("table tbody tr").count()).toBeGreaterThan(1);
        } else {
          const link = details.locator("a[href$='/table/']");
          expect(await link.isVisible()).toBe(true);
        }
        expect(watched.problems).toEqual([]);
      } finally {
        await watched.close();
      }
    }
  });

  it("on the story, Tab from the link before the first chart reaches that chart in at most 2 presses", async () => {
    const watched = await openPage(harness, { viewport: { width: 390, height: 844 } });
    try {
      const { page } = watched;
      await page.goto(harness.url("/"), { waitUntil: "load" });
      // The last link in the document before the first chart figure.
      await page.evaluate(() => {
        const figure = document.querySelector("figure.chart");
        const links = [...document.querySelectorAll<HTMLAnchorElement>("a[href]")].filter(
          (link) =>
            figure !== null &&
            link.compareDocumentPosition(figure) === Node.DOCUMENT_POSITION_FOLLOWING,
        );
        links.at(-1)?.focus();
      });
      let presses = 0;
      const inChart = () =>
        page.evaluate(() => document.activeElement?.closest("figure.chart svg.chart-svg") !== null);
      while (presses < 2 && !(await inChart())) {
        await page.keyboard.press("Tab");
        presses += 1;
      }
      expect(await inChart()).toBe(true);
    } finally {
      await watched.close();
    }
  });
});
