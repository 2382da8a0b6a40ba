import { describe, expect, it } from "vitest";
import { CARD, cardSvg } from "../../../src/lib/share/cardSvg.ts";
import { renderPng } from "../../../src/lib/share/renderPng.ts";
import { pngSize } from "./pngSize.ts";
import { svgFrom } from "./svgFrom.ts";

const chart = svgFrom(
  '<svg width="720" height="300" viewBox="0 0 720 300"><path d="M0,300L720,0" stroke="var(--chart-killed, #b5470b)"/>' +
    '<text x="10" y="20" fill="currentColor">Killed 72</text></svg>',
);
const content = {
  title: "Mine victims since the 2020 ceasefire",
  chartSvg: chart,
  source: "Source: ANAMA; Prosecutor General's Office",
  siteName: "Azerbaijan's landmines",
  siteHost: "example.org",
  accent: "#b5470b",
};

describe("cardSvg rendered with renderPng", () => {
  const svg = cardSvg(content);

  it("is 1200 × 630 pixels", async () => {
    expect(pngSize(await renderPng(svg))).toEqual({ width: CARD.width, height: CARD.height });
  });

  it("renders byte-identical PNGs twice in a row (deterministic builds)", async () => {
    expect((await renderPng(svg)).equals(await renderPng(svg))).toBe(true);
  });

  it("draws the headline with the site's font: a card with text differs from one without", async () => {
    const blank = await renderPng(cardSvg({ ...content, title: "" }));
    expect((await renderPng(svg)).equals(blank)).toBe(false);
  });

  it("shows the summary instead of a chart when a section has no chart", () => {
    const summary = cardSvg({
      ...content,
      chartSvg: undefined,
      summary: "Two wars and a ceasefire.",
    });
    expect(summary).toContain(">Two wars and a ceasefire.</text>");
    expect(summary).not.toContain("preserveAspectRatio");
  });

  it("sets the headline in the font's bold face (weight 700), not with a stroke", () => {
    expect(svg).toMatch(
      /<text [^>]*font-weight="700"[^>]*>Mine victims since the 2020 ceasefire<\/text>/,
    );
    expect(svg).not.toContain('stroke-width="1.1"');
  });

  it("escapes text, so a headline cannot inject markup into the card", () => {
    expect(cardSvg({ ...content, title: "A <b> & C" })).toContain(">A &lt;b&gt; &amp; C</text>");
  });
});
