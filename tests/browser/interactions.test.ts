import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtPages } from "../build/lib/dist.ts";
import { type Harness, chromiumAvailable, openPage, startHarness } from "./harness.ts";

/** Polls `condition` every 50 ms until it holds or `timeout` ms pass; returns whether it held. */
const eventually = async (condition: () => Promise<boolean>, timeout = 2000): Promise<boolean> => {
  for (const start = Date.now(); Date.now() - start < timeout;) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
};

/** Whether an element's box lies within the viewport (works with JavaScript disabled: no page scripts run). */
const inViewport = async (page: Page, element: Locator): Promise<boolean> => {
  const box = await element.boundingBox();
  const viewport = page.viewportSize();
  return (
    box !== null &&
    viewport !== null &&
    box.y >= 0 &&
    box.y + Math.min(box.height, 40) <= viewport.height
  );
};

// Found in dist/ before the browser starts, so tests can skip with a reason while the story is being written.
const story = builtPages().find((page) => page.path === "/");
const sectionIds = [...(story?.document.querySelectorAll("section[id]") ?? [])].map(
  (section) => section.id,
);
// The first section may already be on screen without scrolling; the last one never is on a long page.
const anchorTargets = [...new Set([sectionIds[0], sectionIds.at(-1)])].filter(
  (id) => id !== undefined,
);
/** Chart marks: their accessible name is also their tooltip. */
const MARK = ".chart-svg [aria-label]";
const tipPage = builtPages().find((page) => page.document.querySelector(MARK) !== null);
const copyPage = builtPages().find(
  (page) => page.document.querySelector(".permalink__copy") !== null,
);

describe.skipIf(!chromiumAvailable())("interactions in Chromium", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  for (const javaScriptEnabled of [false, true]) {
    it(`opening /#<section-id> scrolls that section's heading into view (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async (context) => {
      context.skip(anchorTargets.length === 0, "no section[id] on the index page yet");
      // Reduced motion: the site's smooth scrolling does not advance reliably in headless Chromium.
      const { page, close } = await openPage(harness, {
        javaScriptEnabled,
        reducedMotion: "reduce",
        viewport: { width: 1024, height: 700 },
      });
      try {
        for (const id of anchorTargets) {
          // A fresh load each time, not a same-document hash change.
          await page.goto("about:blank");
          await page.goto(harness.url(`/#${id}`), { waitUntil: "load" });
          const heading = page.locator(`[id="${id}"] :is(h1, h2, h3, h4, h5, h6)`).first();
          expect(
            await eventually(() => inViewport(page, heading)),
            `heading of #${id} in view`,
          ).toBe(true);
        }
      } finally {
        await close();
      }
    });
  }

  it("the copy-link button copies its URL and announces it in an aria-live region", async (context) => {
    context.skip(copyPage === undefined, "no .permalink__copy button in dist/ yet");
    const origin = harness.server.origin;
    const watched = await openPage(harness, { permissions: ["clipboard-read", "clipboard-write"] });
    try {
      await watched.page
        .context()
        .grantPermissions(["clipboard-read", "clipboard-write"], { origin });
      await watched.page.goto(harness.url(copyPage?.path ?? "/"), { waitUntil: "load" });
      const button = watched.page.locator(".permalink__copy").first();
      const expected = await button.getAttribute("data-copy");
      await button.click();
      const announced = await eventually(async () =>
        (await watched.page.locator("[aria-live]").allTextContents()).some(
          (text) => text.trim() !== "",
        ),
      );
      expect(await watched.page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      expect(announced, "an aria-live region has text after copying").toBe(true);
    } finally {
      await watched.close();
    }
  });

  it("focusing a chart mark shows its tooltip and Escape hides it", async (context) => {
    context.skip(tipPage === undefined, "no chart marks in dist/ yet");
    const { page, close } = await openPage(harness);
    try {
      await page.goto(harness.url(tipPage?.path ?? "/"), { waitUntil: "load" });
      const mark = page.locator(`${MARK}:visible`).first();
      const tip = (await mark.getAttribute("aria-label")) ?? "";
      expect(await mark.getAttribute("tabindex"), "marks are reachable with Tab").toBe("0");
      await mark.focus();
      const tooltip = page.locator('.tooltip[role="tooltip"]');
      expect(
        await eventually(
          async () => (await tooltip.isVisible()) && (await tooltip.textContent()) === tip,
        ),
      ).toBe(true);
      await page.keyboard.press("Escape");
      expect(await eventually(() => tooltip.isHidden())).toBe(true);
    } finally {
      await close();
    }
  });

  it("tapping a chart mark shows the tooltip of the mark under the finger", async (context) => {
    context.skip(tipPage === undefined, "no chart marks in dist/ yet");
    const { page, close } = await openPage(harness, {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 844 },
    });
    try {
      await page.goto(harness.url(tipPage?.path ?? "/"), { waitUntil: "load" });
      const mark = page.locator(`${MARK}:visible`).first();
      await mark.scrollIntoViewIfNeeded();
      const box = await mark.boundingBox();
      if (box === null) throw new Error("the first visible chart mark has no box");
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      await page.touchscreen.tap(x, y);
      // A tap at a shape's centre can land on a neighbour (concave map districts): expect that one's text.
      const tip = await page.evaluate(
        ([px, py, selector]) =>
          document.elementFromPoint(px, py)?.closest(selector)?.getAttribute("aria-label") ?? "",
        [x, y, MARK] as const,
      );
      const tooltip = page.locator('.tooltip[role="tooltip"]');
      expect(tip).not.toBe("");
      expect(
        await eventually(
          async () => (await tooltip.isVisible()) && (await tooltip.textContent()) === tip,
        ),
      ).toBe(true);
    } finally {
      await close();
    }
  });

  it("on a phone, a first tap on a story figure shows the quote behind it and a second opens /evidence/", async (context) => {
    context.skip(story === undefined, "no story page in dist/ yet");
    const { page, close } = await openPage(harness, {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 844 },
    });
    try {
      await page.goto(harness.url("/"), { waitUntil: "load" });
      const figure = page.locator("a.fact[data-evidence]").first();
      await figure.scrollIntoViewIfNeeded();
      const box = await figure.boundingBox();
      if (box === null) throw new Error("the first evidence figure has no box");
      const tip = (await figure.getAttribute("data-tip")) ?? "";
      const id = (await figure.getAttribute("data-evidence"))?.split(" ")[0] ?? "";
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      const tooltip = page.locator('.tooltip[role="tooltip"]');
      // The figure's own lines, then its source's words (fetched from /evidence/quotes.json on first show).
      expect(
        await eventually(async () => {
          const shown = (await tooltip.textContent()) ?? "";
          return (await tooltip.isVisible()) && shown.startsWith(tip) && shown.includes("“");
        }),
        "the first tap shows the tooltip, with the quote behind the figure",
      ).toBe(true);
      expect(new URL(page.url()).pathname, "and stays on the story").toBe("/");
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      expect(
        await eventually(() => Promise.resolve(new URL(page.url()).pathname === "/evidence/")),
        "the second tap follows the link to the evidence",
      ).toBe(true);
      expect(new URL(page.url()).hash).toBe(`#${id}`);
    } finally {
      await close();
    }
  });

  it("a link from another page to /evidence/#<id> lands on that record at once, even with smooth scrolling", async (context) => {
    const evidence = builtPages().find((page) => page.path === "/evidence/");
    const id = [...(evidence?.document.querySelectorAll("li[id]") ?? [])].at(-20)?.id;
    context.skip(id === undefined, "no evidence page in dist/ yet");
    const { page, close } = await openPage(harness, {
      javaScriptEnabled: false,
      reducedMotion: "no-preference",
      viewport: { width: 390, height: 844 },
    });
    try {
      await page.goto(harness.url(`/evidence/#${id ?? ""}`), { waitUntil: "load" });
      const record = page.locator(`[id="${id ?? ""}"]`);
      expect(await inViewport(page, record), "in view when the page has loaded").toBe(true);
    } finally {
      await close();
    }
  });

  it("a chart is one tab stop: arrow keys move between its marks with the tooltip, Home/End jump, Tab leaves", async (context) => {
    context.skip(tipPage === undefined, "no chart marks in dist/ yet");
    const { page, close } = await openPage(harness, { viewport: { width: 1024, height: 800 } });
    try {
      await page.goto(harness.url(tipPage?.path ?? "/"), { waitUntil: "load" });
      const chart = page
        .locator("svg.chart-svg:visible", { has: page.locator("[aria-label]") })
        .first();
      const marks = chart.locator("[aria-label]");
      const count = await marks.count();
      expect(count, "a chart with several marks").toBeGreaterThan(2);
      expect(await chart.locator('[aria-label][tabindex="0"]').count(), "one tab stop").toBe(1);
      const focused = () =>
        page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? null);
      const tooltip = page.locator('.tooltip[role="tooltip"]');
      await marks.first().focus();
      const tips = await marks.evaluateAll((all) => all.map((m) => m.getAttribute("aria-label")));
      await page.keyboard.press("ArrowRight");
      expect(await focused()).toBe(tips[1]);
      expect(await eventually(async () => (await tooltip.textContent()) === tips[1])).toBe(true);
      await page.keyboard.press("End");
      expect(await focused()).toBe(tips.at(-1));
      await page.keyboard.press("Home");
      expect(await focused()).toBe(tips[0]);
      await page.keyboard.press("ArrowLeft");
      expect(await focused(), "stays at the first mark").toBe(tips[0]);
      await page.keyboard.press("Tab");
      const inChart = await chart.evaluate((svg) => svg.contains(document.activeElement));
      expect(inChart, "Tab leaves the chart").toBe(false);
      await marks.first().focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Escape");
      expect(await eventually(() => tooltip.isHidden())).toBe(true);
      expect(await chart.evaluate((svg) => svg.contains(document.activeElement))).toBe(false);
    } finally {
      await close();
    }
  });
});
