import { describe, expect, it } from "vitest";
import { edition } from "../../src/i18n/index.ts";
import type { ClearanceTarget, ClearanceYear } from "../../src/lib/schemas/clearance.ts";
import { createDocument } from "../../src/charts/render/createDocument.ts";
import { finishSvg } from "../../src/charts/render/finishSvg.ts";
import { clearancePaceByYear } from "../../src/charts/clearance-by-year/chart.ts";
import { targetDashes } from "../../src/charts/clearance-by-year/rows.ts";
import { isPartYear, partPeriod } from "../../src/charts/parts/clearanceYear.ts";
import { clearancePaceByYearSpec } from "../../src/charts/clearance-by-year/spec.ts";

function year(
  value: number,
  hectares: number | null,
  primary: boolean,
  reportedBy: string,
  options: { measures?: string; period?: readonly [string, string] } = {},
): ClearanceYear {
  const [periodStart, periodEnd] = options.period ?? [];
  return {
    year: value,
    primary,
    coverage: options.period ? "partial" : "full",
    ...(periodStart && periodEnd ? { periodStart, periodEnd } : {}),
    hectares,
    apMines: null,
    atMines: null,
    uxo: null,
    measures: options.measures ?? `land cleared in ${String(value)} by all operators`,
    qualifier: "exact",
    reportedBy,
    sources: [`source-${String(value)}`],
    evidence: ["test-figure"],
  };
}

function target(targetYear: number, hectares: number, reportedBy: string): ClearanceTarget {
  return {
    id: `target-${String(targetYear)}-${reportedBy.toLowerCase()}`,
    statedOn: `${String(targetYear)}-03`,
    kind: "annual",
    targetYear,
    hectares,
    qualifier: "exact",
    statement: `Clear ${String(hectares)} ha in ${String(targetYear)}`,
    reportedBy,
    sources: ["target-source"],
    evidence: ["test-figure"],
  };
}

const years = [
  year(2021, 4854, false, "ANAMA", { period: ["2021-01", "2021-09-28"] }),
  // Wording that sounds partial does not make a row partial: only `coverage` does.
  year(2022, 44000, true, "Cabinet", { measures: "land cleared to 31 December 2022" }),
  year(2022, 41915, false, "ANAMA"),
  year(2023, 30000, true, "Cabinet", { period: ["2023-01-01", "2023-06-30"] }),
];
const targets = [
  target(2022, 40000, "Cabinet"),
  target(2022, 40000, "ANAMA"),
  target(2024, 60000, "Cabinet"),
];

function render(layout: "narrow" | "wide" = "wide"): SVGSVGElement {
  const width = layout === "narrow" ? 320 : 720;
  const svg = clearancePaceByYear(
    { years, targets },
    { width, document: createDocument(), layout, edition },
  );
  return finishSvg(svg, { altText: "alt", idPrefix: "t" });
}
const texts = (svg: SVGSVGElement): string[] =>
  Array.from(svg.querySelectorAll("text")).map((el) => el.textContent);

describe("clearancePaceByYear", () => {
  it("isPartYear(row) follows the row's coverage, not the wording of what it measures", () => {
    expect(years.map(isPartYear)).toEqual([true, false, false, true]);
  });

  it("partPeriod(row) names the months a partial row covers, and is null for a full year", () => {
    expect(years.map((row) => partPeriod(row, edition))).toEqual([
      "January 2021 to 28 September 2021",
      null,
      null,
      "1 January 2023 to 30 June 2023",
    ]);
  });

  it("merges targets with the same year and number into one dash quoting every statement", () => {
    const dashes = targetDashes(targets, edition);
    expect(dashes).toHaveLength(2);
    expect(dashes[0]?.tip).toContain("according to Cabinet");
    expect(dashes[0]?.tip).toContain("according to ANAMA");
  });

  it("draws a partial headline year as an outlined bar labelled 'part of year', not a full bar", () => {
    const svg = render();
    const partial = Array.from(svg.querySelectorAll("[aria-label]")).find((el) =>
      el
        .getAttribute("aria-label")
        ?.startsWith(
          "2023\n30,000 ha cleared\nPart of the year only: 1 January 2023 to 30 June 2023",
        ),
    );
    expect(
      partial?.getAttribute("stroke-dasharray") ??
        partial?.parentElement?.getAttribute("stroke-dasharray"),
    ).toBe("4 2");
    expect(texts(svg).some((text) => text.includes("part of year"))).toBe(true);
  });

  it("labels a year with other figures but no headline total, and a year with only a target", () => {
    const labels = texts(render("narrow"));
    expect(labels).toContain("no all-operator total");
    expect(labels).toContain("no figure yet");
  });

  it("says who reports each other figure in its tooltip", () => {
    const tips = Array.from(render().querySelectorAll("[aria-label]")).map(
      (el) => el.getAttribute("aria-label") ?? "",
    );
    expect(tips).toContain(
      "2022\n41,915 ha cleared\nland cleared in 2022 by all operators\naccording to ANAMA",
    );
  });

  it("generates alt text from the full headline years and the targets met", () => {
    expect(clearancePaceByYearSpec.altText({ years, targets }, edition)).toBe(
      "Land cleared per year rose from 44,000 hectares in 2022 to 44,000 hectares in 2022, according to the Prime Minister's reports. The reported figure was at or above the year's target in 1 of 1 years with a target.",
    );
  });
});
