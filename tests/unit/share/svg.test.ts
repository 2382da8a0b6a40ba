import { Resvg } from "@resvg/resvg-js";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { serializeSvg } from "../../../src/lib/share/svgTree.ts";
import { resolveCssVars } from "../../../src/lib/share/resolveCssVars.ts";
import { standaloneSvg } from "../../../src/lib/share/standaloneSvg.ts";
import { nestSvg } from "../../../src/lib/share/nestSvg.ts";
import { wrapText } from "../../../src/lib/share/wrapText.ts";
import { svgFrom } from "./svgFrom.ts";

const inline =
  '<svg class="chart-svg" width="320" height="200" viewBox="0 0 320 200" role="group" aria-label="Alt">' +
  '<path fill="var(--chart-killed, #b5470b)" d="M0,0L1,1" data-tip="12 people" tabindex="0"/>' +
  '<text fill="var(--a, var(--b, #123456))">2021</text></svg>';

describe("resolveCssVars", () => {
  it("replaces each var() with its fallback colour, nested ones too", () => {
    expect(resolveCssVars(inline)).not.toContain("var(");
    expect(resolveCssVars(inline)).toContain('fill="#b5470b"');
    expect(resolveCssVars(inline)).toContain('fill="#123456"');
  });
});

describe("standaloneSvg", () => {
  const svg = standaloneSvg(svgFrom(inline), { title: "Mines & maps", description: 'A "rise"' });

  it("declares the SVG namespace, a font stack and ink, and keeps the size and viewBox", () => {
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(svg).toContain('width="320" height="200" viewBox="0 0 320 200"');
    expect(svg).toMatch(/font-family="Inter,[^"]*sans-serif"/);
    expect(svg).toContain('color="#1a1a1a"');
  });

  it("names itself with escaped <title> and <desc> instead of the page's aria-label and tooltips", () => {
    expect(svg).toContain(
      '<title id="title">Mines &amp; maps</title><desc id="desc">A "rise"</desc>',
    );
    expect(svg).not.toMatch(/aria-label="Alt"|data-tip|tabindex|class="chart-svg"/);
  });

  it("has no CSS variables left, so editors and viewers see the light colours", () => {
    expect(svg).not.toContain("var(");
  });
});

describe("nestSvg", () => {
  it("places a chart in a box, scaled in proportion from its viewBox and top-left aligned", () => {
    const nested = nestSvg(svgFrom(inline), { x: 10, y: 20, width: 600, height: 300 }, "#000");
    expect(nested).toMatch(
      /^<svg x="10" y="20" width="600" height="300" viewBox="0 0 320 200" preserveAspectRatio="xMinYMin meet" color="#000"/,
    );
  });
});

describe("wrapText", () => {
  it("breaks at spaces into lines of at most the given length", () => {
    expect(wrapText("How much land, how many mines", 14, 3)).toEqual([
      "How much land,",
      "how many mines",
    ]);
  });

  it("ends the last kept line with an ellipsis when the text runs over", () => {
    const lines = wrapText("one two three four five six", 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith("…")).toBe(true);
  });
});

describe("serializeSvg", () => {
  const texts = ["ANAMA & partners", "a < b", "a > b", 'the "map"', "it's", "&amp;", "</script>"];

  it.each(texts)(
    "writes %j in an attribute and in text so an XML parser reads it back exactly",
    (text) => {
      const xml = serializeSvg({
        name: "svg",
        attributes: [
          ["xmlns", "http://www.w3.org/2000/svg"],
          ["aria-label", text],
        ],
        children: [{ name: "text", attributes: [], children: [text] }],
      });
      expect(() => new Resvg(xml)).not.toThrow();
      const { document } = parseHTML(`<!doctype html><body>${xml}</body>`);
      expect(document.querySelector("svg")?.getAttribute("aria-label")).toBe(text);
      expect(document.querySelector("text")?.textContent).toBe(text);
    },
  );

  it("self-closes a childless element", () => {
    expect(serializeSvg({ name: "path", attributes: [["d", "M0,0"]], children: [] })).toBe(
      '<path d="M0,0" />',
    );
  });
});

describe("standaloneSvg and nestSvg with a '>' inside a root attribute", () => {
  const tricky = svgFrom(
    '<svg width="320" height="200" viewBox="0 0 320 200" aria-label="a > b &amp; <c>"><text>x &amp; y</text></svg>',
  );

  it("standaloneSvg keeps the size and drops the page's label, well-formed", () => {
    const svg = standaloneSvg(tricky, { title: "A & <B>", description: "d" });
    expect(svg).toContain('width="320" height="200" viewBox="0 0 320 200"');
    expect(svg).not.toContain("aria-label=");
    expect(() => new Resvg(svg)).not.toThrow();
  });

  it("nestSvg reads the viewBox and keeps the text escaped", () => {
    const nested = nestSvg(tricky, { x: 0, y: 0, width: 640, height: 400 }, "#000");
    expect(nested).toContain('viewBox="0 0 320 200"');
    expect(nested).toContain("<text>x &amp; y</text>");
  });
});
