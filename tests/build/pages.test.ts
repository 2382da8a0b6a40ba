import { describe, expect, it } from "vitest";
import { cspProblems } from "./lib/cspProblems.ts";
import { builtPages, isEmbedPath, isPinnedPath, isTablePath, siteOrigin } from "./lib/dist.ts";
import {
  chartFigureProblems,
  duplicateIds,
  externalLinksWithoutNoopener,
} from "./lib/pageChecks.ts";

const robotsOf = (document: Document): string =>
  document.querySelector('meta[name="robots"]')?.getAttribute("content") ?? "";

describe("every built page", () => {
  const pages = builtPages();
  const each = (check: (document: Document) => string[]): string[] =>
    pages.flatMap((page) => check(page.document).map((problem) => `${page.path}: ${problem}`));

  it("has no id used twice", () => {
    expect(each((document) => duplicateIds(document).map((id) => `duplicate id "${id}"`))).toEqual(
      [],
    );
  });

  it("gives every chart figure a caption, a linked source, a labelled svg and a data table", () => {
    expect(each(chartFigureProblems)).toEqual([]);
  });

  it('opens links to other origins with rel="noopener"', () => {
    const origin = siteOrigin();
    expect(each((document) => externalLinksWithoutNoopener(document, origin))).toEqual([]);
  });

  it("carries a hashed CSP that allows every inline script and style it contains and nothing unsafe", () => {
    expect(each(cspProblems)).toEqual([]);
  });

  it("marks embed pages, chart table pages and releases' pinned pages noindex and leaves every public page indexable", () => {
    // Short links (/s/) and the 404 page may go either way: they are neither embeds nor in the sitemap.
    const wrong = pages
      .filter((page) => !/^(\/(az|ru))?\/s\//.test(page.path) && page.path !== "/404.html")
      .filter(
        (page) =>
          (isEmbedPath(page.path) || isPinnedPath(page.path) || isTablePath(page.path)) !==
          /\bnoindex\b/i.test(robotsOf(page.document)),
      )
      .map((page) => `${page.path}: robots="${robotsOf(page.document)}"`);
    expect(wrong).toEqual([]);
  });

  it("declares a language and a title", () => {
    const wrong = pages
      .filter(
        ({ document }) =>
          (document.documentElement.getAttribute("lang") ?? "") === "" ||
          document.title.trim() === "",
      )
      .map((page) => page.path);
    expect(wrong).toEqual([]);
  });
});
