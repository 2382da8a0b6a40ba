import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CARD, cardSvg } from "../../../src/lib/share/cardSvg.ts";
import { CARD_FONT_FILES } from "../../../src/lib/share/cardFonts.ts";
import { renderPng } from "../../../src/lib/share/renderPng.ts";
import { woff2ToSfnt } from "../../../src/lib/share/woff2ToSfnt.ts";
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

describe("woff2ToSfnt", () => {
  const woff2 = readFileSync(join(process.cwd(), "node_modules", CARD_FONT_FILES[0]));
  const sfnt = woff2ToSfnt(woff2);
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const tags = Array.from({ length: view.getUint16(4) }, (_, index) =>
    String.fromCharCode(...sfnt.subarray(12 + 16 * index, 16 + 16 * index)),
  );

  it("turns the site's WOFF2 font into a TrueType file with its glyf and loca tables rebuilt", () => {
    expect(view.getUint32(0)).toBe(0x00010000);
    expect(tags).toEqual(expect.arrayContaining(["cmap", "glyf", "head", "hmtx", "loca", "maxp"]));
    expect(tags).toEqual([...tags].sort());
  });

  it("rejects a file that is not WOFF2", () => {
    expect(() => woff2ToSfnt(new Uint8Array(64))).toThrow(/not a WOFF2 file/);
  });
});

describe("cardSvg rendered with renderPng", () => {
  const svg = cardSvg(content);

  it("is 1200 × 630 pixels", () => {
    expect(pngSize(renderPng(svg))).toEqual({ width: CARD.width, height: CARD.height });
  });

  it("renders byte-identical PNGs twice in a row (deterministic builds)", () => {
    expect(renderPng(svg).equals(renderPng(svg))).toBe(true);
  });

  it("draws the headline with the site's font: a card with text differs from one without", () => {
    const blank = renderPng(cardSvg({ ...content, title: "" }));
    expect(renderPng(svg).equals(blank)).toBe(false);
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

  it("escapes text, so a headline cannot inject markup into the card", () => {
    expect(cardSvg({ ...content, title: "A <b> & C" })).toContain(">A &lt;b&gt; &amp; C</text>");
  });
});
