import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, chromiumAvailable, openPage, startHarness } from "./harness.ts";

/** axe-core violations on the loaded page; `rules` limits the run to those rule ids. */
const axeViolations = async (page: Page, rules?: string[]): Promise<string[]> => {
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules === undefined ? builder : builder.withRules(rules)).analyze();
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
};

/** Each test below visits every page; allow for a few dozen pages on 2 cores. */
const perPageTimeout = 360_000;

// Every English page, and in the Azerbaijani and Russian editions every kind of page once (the same components
// and styles with other words; the build-output tests read every page of every edition).
const EDITION_SAMPLE = [
  "/",
  "/charts/",
  "/charts/timeline/",
  "/charts/district-map/",
  "/charts/who-pays/",
  "/charts/world/table/",
  "/embed/timeline/",
  "/embed/who-pays/",
  "/sources/",
  "/glossary/",
  "/corrections/",
  "/evidence/",
  "/data/",
  "/embedding/",
  "/s/toll/",
];
// Releases' pinned pages (/v/) are archived output, kept byte for byte as published (tests/browser/releases.test.ts
// loads them); of the charts' table pages, the sample's one stands for all (one component, other rows).
const visited = (path: string): boolean => {
  if (path.startsWith("/v/")) return false;
  const edition = /^(\/(az|ru))?(\/.*)$/.exec(path);
  const shared = edition?.[3] ?? path;
  if (/^\/charts\/[^/]+\/table\/$/.test(shared)) return EDITION_SAMPLE.includes(shared);
  return edition?.[1] === undefined || EDITION_SAMPLE.includes(shared);
};

describe.skipIf(!chromiumAvailable())("every page in Chromium", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  /** Loads every page in one context made with `options` and collects what `check` finds, prefixed by path. */
  const onEveryPage = async (
    options: Parameters<typeof openPage>[1],
    check: (page: Page, problems: string[]) => Promise<string[]>,
  ): Promise<string[]> => {
    const watched = await openPage(harness, options);
    const found: string[] = [];
    try {
      for (const path of harness.paths.filter(visited)) {
        watched.problems.length = 0;
        await watched.page.goto(harness.url(path), { waitUntil: "load" });
        found.push(
          ...(await check(watched.page, watched.problems)).map((problem) => `${path}: ${problem}`),
        );
      }
    } finally {
      await watched.close();
    }
    return found;
  };

  it(
    "loads without console errors, failed requests or requests to another origin",
    { timeout: perPageTimeout },
    async () => {
      const found = await onEveryPage({}, async (page, problems) => {
        // Give late requests (fonts, lazy images) a moment to be recorded.
        await page.waitForLoadState("networkidle");
        return [...problems];
      });
      expect(found).toEqual([]);
    },
  );

  it("has no axe-core violations in the light theme", { timeout: perPageTimeout }, async () => {
    expect(await onEveryPage({ colorScheme: "light" }, (page) => axeViolations(page))).toEqual([]);
  });

  // Only colours change with the scheme, so the dark run is limited to axe's colour rules (a full run doubles the time).
  it(
    "has no axe-core colour violations in the dark theme (prefers-color-scheme: dark)",
    { timeout: perPageTimeout },
    async () => {
      const colourRules = ["color-contrast", "link-in-text-block"];
      expect(
        await onEveryPage({ colorScheme: "dark" }, (page) => axeViolations(page, colourRules)),
      ).toEqual([]);
    },
  );

  it("does not scroll sideways at 320 px wide", { timeout: perPageTimeout }, async () => {
    const found = await onEveryPage({ viewport: { width: 320, height: 640 } }, (page) =>
      page.evaluate(() => {
        const root = document.documentElement;
        if (root.scrollWidth <= root.clientWidth) return [];
        // Name a few culprits: elements reaching past the right edge.
        const wide = [...document.body.querySelectorAll("*")]
          .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
          .slice(0, 5)
          .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`);
        return [
          `scrollWidth ${String(root.scrollWidth)} > clientWidth ${String(root.clientWidth)}: ${wide.join(", ")}`,
        ];
      }),
    );
    expect(found).toEqual([]);
  });

  it("shows every chart with JavaScript disabled", { timeout: perPageTimeout }, async (context) => {
    let figures = 0;
    const found = await onEveryPage({ javaScriptEnabled: false }, async (page) => {
      const hidden: string[] = [];
      for (const figure of await page.locator("figure.chart").all()) {
        figures += 1;
        // A figure may carry one svg per layout (narrow, wide) and show only one; at least one must be visible.
        const boxes = await Promise.all(
          (await figure.locator("svg:not(svg svg)").all()).map(async (svg) =>
            (await svg.isVisible()) ? await svg.boundingBox() : null,
          ),
        );
        if (!boxes.some((box) => box !== null && box.width > 0 && box.height > 0)) {
          hidden.push(
            `${(await figure.getAttribute("data-chart")) ?? "figure.chart"} shows no visible svg`,
          );
        }
      }
      return hidden;
    });
    context.skip(figures === 0, "no figure.chart in dist/ yet");
    expect(found).toEqual([]);
  });
});
