import { describe, expect, it } from "vitest";
import { edition } from "../../src/i18n/index.ts";
import type { ContaminationEstimate } from "../../src/lib/schemas/contamination.ts";
import { createDocument } from "../../src/charts/render/createDocument.ts";
import { finishSvg } from "../../src/charts/render/finishSvg.ts";
import { contaminationEstimates } from "../../src/charts/how-much-land/chart.ts";
import { areaKm2, areaRows, mineRows } from "../../src/charts/how-much-land/rows.ts";
import { contaminationEstimatesSpec } from "../../src/charts/how-much-land/spec.ts";

function estimate(
  id: string,
  asOf: string,
  metric: ContaminationEstimate["metric"],
  value: number,
  unit: ContaminationEstimate["unit"],
  qualifier: ContaminationEstimate["qualifier"] = "exact",
  reportedBy = "ANAMA",
): ContaminationEstimate {
  return {
    id,
    asOf,
    metric,
    value,
    unit,
    qualifier,
    measures: `what ${id} measures`,
    reportedBy,
    sources: [`source-${id}`],
    evidence: ["test-figure"],
  };
}

const rows = [
  estimate("high", "2022-10-05", "high-contamination-area", 147988, "ha", "about"),
  estimate("low", "2022-10-05", "medium-low-contamination-area", 675570, "ha", "about"),
  estimate("azcbl", "2023-02-21", "hazardous-area", 8000, "km2", "about", "AzCBL"),
  estimate("prelim", "2023-11-28", "estimated-mines", 1500000, "mines", "preliminary"),
  estimate("mfa", "2024-01-26", "estimated-mines", 1000000, "mines", "more-than", "MFA"),
  estimate("maps", "2024-01-26", "mines-on-handed-over-maps", 400000, "mines", "exact", "MFA"),
  estimate("other", "2025-04", "items-found", 121000, "items", "exact", "Vestnik Kavkaza"),
  estimate("mines", "2025-04", "items-found", 56000, "mines", "exact", "Vestnik Kavkaza"),
];

function render(layout: "narrow" | "wide" = "wide"): SVGSVGElement {
  const width = layout === "narrow" ? 320 : 720;
  const svg = contaminationEstimates(rows, { width, document: createDocument(), layout, edition });
  return finishSvg(svg, { altText: "alt", idPrefix: "t" });
}
const texts = (svg: SVGSVGElement): string[] =>
  Array.from(svg.querySelectorAll("text")).map((el) => el.textContent);
const tips = (svg: SVGSVGElement): string[] =>
  Array.from(svg.querySelectorAll("[aria-label]")).map((el) => el.getAttribute("aria-label") ?? "");

describe("contaminationEstimates", () => {
  it("areaKm2(row) divides hectares by 100 and keeps km² as stated", () => {
    expect(areaKm2(rows[0] as ContaminationEstimate)).toBe(1479.88);
    expect(areaKm2(rows[2] as ContaminationEstimate)).toBe(8000);
  });

  it("stacks the high and medium/low parts of one statement into one bar, high first", () => {
    const [split] = areaRows(rows, edition);
    expect(split?.kind).toBe("bar");
    if (split?.kind !== "bar") return;
    expect(split.segments.map((s) => [s.x1, s.x2])).toEqual([
      [0, 1479.88],
      [1479.88, 8235.58],
    ]);
    expect(split.value).toBe("about 147,988 + 675,570 ha");
  });

  it("puts mines found before other items found in a stacked bar", () => {
    const found = mineRows(rows, edition).at(-1);
    expect(found?.kind === "bar" && found.value).toBe("56,000 mines + 121,000 items");
  });

  it("keeps the qualifiers of mine estimates visible on the chart", () => {
    expect(texts(render())).toEqual(
      expect.arrayContaining(["1,500,000 mines, preliminary", "more than 1,000,000 mines"]),
    );
  });

  it("says in the tooltip the value as stated, its conversion to km² as the site's, and who says it", () => {
    const tip = tips(render()).find((text) => text.includes("147,988"));
    expect(tip).toBe(
      "5 October 2022\nHigh contamination: about 147,988 ha = 1,479.88 km² (the site's conversion, hectares ÷ 100)\nwhat high measures\naccording to ANAMA",
    );
  });

  it("draws one focusable segment per statement part in one root SVG of two panels", () => {
    const svg = render("narrow");
    expect(tips(svg)).toHaveLength(rows.length);
    expect(svg.querySelectorAll(":scope > svg")).toHaveLength(2);
    expect(svg.getAttribute("viewBox")).toBe(`0 0 320 ${svg.getAttribute("height") ?? ""}`);
  });

  it("leaves statements about territory before the 2020 war and shares of territory out", () => {
    const older = estimate("halo", "1995-09", "estimated-mines", 100000, "mines");
    const share = estimate("share", "2024-05-31", "share-of-territory", 12, "percent");
    const selected = contaminationEstimatesSpec.select({
      contaminationEstimates: [older, share, ...rows],
    } as never) as ContaminationEstimate[];
    expect(selected.map((row) => row.id)).not.toContain("halo");
    expect(selected.map((row) => row.id)).not.toContain("share");
  });

  it("gives km² only for area rows in the table", () => {
    const table = contaminationEstimatesSpec.table(rows, edition);
    expect(table.rows[0]?.km2).toBe(1479.88);
    expect(table.rows[3]?.km2).toBeNull();
    expect(table.rows[3]?.sources).toBe("source-prelim");
  });

  it("generates alt text from the smallest and largest area and the largest mine estimate", () => {
    const larger = estimate("larger", "2024-10-16", "hazardous-area", 1167000, "ha", "about");
    expect(contaminationEstimatesSpec.altText([...rows, larger], edition)).toMatch(
      /^Published estimates of the hazardous area range from about 8,000 km² \(AzCBL, February 2023\) to about 1,167,000 ha \(ANAMA, October 2024\)\./,
    );
    expect(contaminationEstimatesSpec.altText(rows, edition)).toBe(
      "The published estimate of the hazardous area is about 8,000 km² (AzCBL, February 2023). The number of mines is estimated at up to 1,500,000 mines, preliminary (ANAMA, November 2023), while Vestnik Kavkaza put what had been found by April 2025 at 56,000 mines and 121,000 items.",
    );
  });
});
