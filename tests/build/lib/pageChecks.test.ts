import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  absoluteCssUrls,
  absoluteResourceUrls,
  chartFigureProblems,
  duplicateIds,
  externalLinksWithoutNoopener,
} from "./pageChecks.ts";

const doc = (body: string): Document =>
  parseHTML(
    `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`,
  ).document;

const completeFigure = `<figure class="chart" data-chart="victims" id="victims"><figcaption>Victims</figcaption>
<svg role="img" aria-label="Line chart"></svg>
<details class="chart__table"><summary>Data</summary><table><tr><td>1</td></tr></table></details>
<p class="chart__source">Source: <a href="https://example.org/">ANAMA</a></p></figure>`;

describe("duplicateIds(document)", () => {
  it("lists an id used twice once, and nothing for unique ids", () => {
    expect(duplicateIds(doc('<p id="a"></p><p id="a"></p><p id="a"></p><p id="b"></p>'))).toEqual([
      "a",
    ]);
  });
});

describe("chartFigureProblems(document)", () => {
  it("accepts a figure that meets the chart contract", () => {
    expect(chartFigureProblems(doc(completeFigure))).toEqual([]);
  });

  it("reports a figure whose svg has no aria-label", () => {
    const figure = completeFigure.replace(' aria-label="Line chart"', "");
    expect(chartFigureProblems(doc(figure))).toEqual([
      'figure.chart[data-chart="victims"] svg lacks aria-label',
    ]);
  });

  it("reports a source line without a link and a missing data table", () => {
    const figure = completeFigure
      .replace('<a href="https://example.org/">ANAMA</a>', "ANAMA")
      .replace(/<details[\s\S]*<\/details>/, "");
    expect(chartFigureProblems(doc(figure))).toEqual([
      'figure.chart[data-chart="victims"] source line has no link',
      'figure.chart[data-chart="victims"] has no table (or link to one) in details.chart__table',
    ]);
  });

  it("accepts a data table opened on demand from a link, as the story's figures have it", () => {
    const figure = completeFigure.replace(
      /<details[\s\S]*<\/details>/,
      '<details class="chart__table" data-fetch="/charts/victims/table/" data-fetch-part=".data-table"><summary>Data table</summary><p><a href="/charts/victims/table/">Open the data table</a></p></details>',
    );
    expect(chartFigureProblems(doc(figure))).toEqual([]);
  });
});

describe("externalLinksWithoutNoopener(document, origin)", () => {
  it("flags other-origin links without noopener, not same-origin ones", () => {
    const document = doc(
      '<a href="https://other.org/a">x</a><a href="https://other.org/b" rel="noopener noreferrer">y</a><a href="https://site.org/c">z</a>',
    );
    expect(externalLinksWithoutNoopener(document, "https://site.org")).toEqual([
      "https://other.org/a",
    ]);
  });
});

describe("absoluteResourceUrls(document)", () => {
  it("finds a CDN script, a protocol-relative font stylesheet and a CSS url(), but not links or canonicals", () => {
    const document = doc(
      '<script src="https://cdn.example/plot.js"></script><link rel="stylesheet" href="//fonts.example/css">' +
        '<link rel="canonical" href="https://site.org/"><a href="https://other.org/">a</a>' +
        '<style>.a{background:url(https://img.example/x.png)}</style><img src="/_astro/x.png" alt="">',
    );
    expect(absoluteResourceUrls(document)).toEqual([
      '<script src="https://cdn.example/plot.js">',
      '<link href="//fonts.example/css">',
      "url(https://img.example/x.png)",
    ]);
  });
});

describe("absoluteCssUrls(css)", () => {
  it("finds @import and url() to other hosts and ignores relative and data: URLs", () => {
    const css =
      '@import "https://fonts.example/a.css"; .a{src:url("/x.woff2"),url(data:font/woff2;base64,AA)}';
    expect(absoluteCssUrls(css)).toEqual(["url(https://fonts.example/a.css)"]);
  });
});
