import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/charts/render/createDocument.ts";
import { finishSvg } from "../../src/charts/render/finishSvg.ts";

function svgFrom(markup: string): SVGSVGElement {
  const document = createDocument();
  const holder = document.createElement("div");
  holder.innerHTML = markup;
  return holder.firstElementChild as SVGSVGElement;
}

describe("finishSvg", () => {
  it("moves style attributes, nested ones too, to presentation attributes (a strict CSP blocks style attributes)", () => {
    const svg = finishSvg(
      svgFrom(
        '<svg style="font-size:14px;overflow:visible"><svg style="overflow:visible"></svg></svg>',
      ),
      { altText: "alt", idPrefix: "t" },
    );
    expect(svg.outerHTML).not.toContain("style=");
    expect(svg.getAttribute("font-size")).toBe("14");
    expect(svg.querySelector("svg")?.getAttribute("overflow")).toBe("visible");
  });

  it("turns marks' titles into one accessible name each, the tooltip's text, with one tab stop per chart, and labels the chart as a group", () => {
    const svg = finishSvg(
      svgFrom(
        "<svg><circle><title>12 June 2021\nKilled: 3</title></circle><rect><title>3 July 2021</title></rect></svg>",
      ),
      { altText: "Alt text", idPrefix: "t" },
    );
    const circle = svg.querySelector("circle");
    expect(circle?.getAttribute("aria-label")).toBe("12 June 2021\nKilled: 3");
    expect(circle?.getAttribute("role")).toBe("img");
    expect(circle?.hasAttribute("data-tip"), "no second copy of the text").toBe(false);
    expect(circle?.getAttribute("tabindex")).toBe("0");
    expect(
      svg.querySelector("rect")?.hasAttribute("tabindex"),
      "later marks wait for the arrow keys",
    ).toBe(false);
    expect(svg.querySelector("title")).toBeNull();
    expect(svg.getAttribute("role")).toBe("group");
    expect(svg.getAttribute("aria-label")).toBe("Alt text");
  });

  it("keeps the label of a focusable group mark while dropping Plot's own group labels", () => {
    const svg = finishSvg(
      svgFrom('<svg><g aria-label="dot"><circle></circle></g><g><title>An event</title></g></svg>'),
      { altText: "Alt", idPrefix: "t" },
    );
    const groups = svg.querySelectorAll("g");
    expect(groups[0]?.hasAttribute("aria-label")).toBe(false);
    expect(groups[1]?.getAttribute("aria-label")).toBe("An event");
  });

  it("labels a chart without focusable marks as one image", () => {
    const svg = finishSvg(svgFrom("<svg><rect></rect></svg>"), { altText: "Alt", idPrefix: "t" });
    expect(svg.getAttribute("role")).toBe("img");
  });

  it("rounds geometry to one decimal and renumbers generated ids with references", () => {
    const svg = finishSvg(
      svgFrom(
        '<svg><clipPath id="plot-clip-7"><rect x="219.33333333333334"></rect></clipPath><g clip-path="url(#plot-clip-7)"></g></svg>',
      ),
      { altText: "Alt", idPrefix: "chart-wide" },
    );
    expect(svg.querySelector("rect")?.getAttribute("x")).toBe("219.3");
    expect(svg.querySelector("clipPath")?.getAttribute("id")).toBe("chart-wide-1");
    expect(svg.querySelector("g")?.getAttribute("clip-path")).toBe("url(#chart-wide-1)");
  });
});
