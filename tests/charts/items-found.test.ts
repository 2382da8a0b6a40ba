import { describe, expect, it } from "vitest";
import { edition } from "../../src/i18n/index.ts";
import type { ClearanceYear } from "../../src/lib/schemas/clearance.ts";
import { createDocument } from "../../src/charts/render/createDocument.ts";
import { finishSvg } from "../../src/charts/render/finishSvg.ts";
import { itemsFound } from "../../src/charts/items-found/chart.ts";
import { itemsByYear } from "../../src/charts/items-found/rows.ts";
import { itemsFoundSpec } from "../../src/charts/items-found/spec.ts";

function row(
  year: number,
  counts: [number, number, number] | null,
  options: Partial<ClearanceYear> = {},
): ClearanceYear {
  return {
    year,
    primary: false,
    coverage: "full",
    hectares: null,
    apMines: counts?.[0] ?? null,
    atMines: counts?.[1] ?? null,
    uxo: counts?.[2] ?? null,
    measures: `items found in ${String(year)}`,
    qualifier: "exact",
    reportedBy: "ANAMA",
    sources: [`source-${String(year)}`],
    evidence: ["test-figure"],
    ...options,
  };
}

const rows = [
  row(2020, [4500, 2000, 750], {
    qualifier: "at-least",
    reportedBy: "AZERTAC",
    coverage: "partial",
    periodStart: "2020-09-27",
    periodEnd: "2020-11-30",
    measures: "items found in the weeks around the ceasefire",
  }),
  row(2022, null, { primary: true, hectares: 44000, reportedBy: "Cabinet" }),
  row(2022, [8780, 4133, 14950], {
    hectares: 41915,
    qualifier: "about",
    qualifiers: { apMines: "exact", atMines: "exact", uxo: "exact" },
  }),
];

function render(layout: "narrow" | "wide" = "wide"): SVGSVGElement {
  const width = layout === "narrow" ? 320 : 720;
  const svg = itemsFound(rows, { width, document: createDocument(), layout, edition });
  return finishSvg(svg, { altText: "alt", idPrefix: "t" });
}
const texts = (svg: SVGSVGElement): string[] =>
  Array.from(svg.querySelectorAll("text")).map((el) => el.textContent);

describe("itemsFound", () => {
  it("itemsByYear(rows) lists every year in the range, with null where no row has all three counts", () => {
    expect(itemsByYear(rows).map(({ year, row }) => [year, row?.reportedBy ?? null])).toEqual([
      [2020, "AZERTAC"],
      [2021, null],
      [2022, "ANAMA"],
    ]);
  });

  it("marks a year without a breakdown as 'No breakdown in our sources' and draws no bar for it", () => {
    const svg = render();
    expect(texts(svg)).toContain("No breakdown in our sources");
    expect(svg.querySelectorAll("[aria-label]")).toHaveLength(6);
  });

  it("labels each bar with its kind, so the kinds do not depend on colour", () => {
    expect(texts(render("narrow"))).toEqual(
      expect.arrayContaining(["AP mines", "AT mines", "UXO"]),
    );
    expect(texts(render())).toContain("Anti-personnel mines");
  });

  it("keeps 'at least' on counts so qualified and marks a part-year in its heading", () => {
    const labels = texts(render());
    expect(labels).toContain("at least 4,500");
    expect(labels).toContain("2020 · AZERTAC, part of the year");
  });

  it("gives the counts their own qualifier where the row's qualifier describes its hectares", () => {
    expect(texts(render())).toContain("8,780");
  });

  it("says the count, the year, the months of a part-year and who reports it in each tooltip", () => {
    const tip = render().querySelector("[aria-label]")?.getAttribute("aria-label");
    expect(tip).toBe(
      "2020\nAnti-personnel mines: at least 4,500\nPart of the year only: 27 September 2020 to 30 November 2020\nitems found in the weeks around the ceasefire\naccording to AZERTAC",
    );
  });

  it("generates alt text naming the years with and without a breakdown", () => {
    expect(itemsFoundSpec.altText(rows, edition)).toBe(
      "A breakdown of items found is published for 2020 and 2022. In 2022: 8,780 anti-personnel mines, 4,133 anti-tank mines and 14,950 items of unexploded ordnance. No breakdown was found for 2021.",
    );
  });
});
