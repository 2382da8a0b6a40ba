import { describe, expect, it } from "vitest";
import { edition } from "../../src/i18n/index.ts";
import type {
  ClearanceRunningTotal,
  ClearanceTarget,
  ClearanceYear,
} from "../../src/lib/schemas/clearance.ts";
import type { ContaminationEstimate } from "../../src/lib/schemas/contamination.ts";
import { createDocument } from "../../src/charts/render/createDocument.ts";
import { finishSvg } from "../../src/charts/render/finishSvg.ts";
import { clearancePaceProgress } from "../../src/charts/clearance-progress/chart.ts";
import {
  progressProjection,
  type ClearanceProgressData,
} from "../../src/charts/clearance-progress/rows.ts";
import { clearancePaceProgressSpec } from "../../src/charts/clearance-progress/spec.ts";

const attribution = (reportedBy: string, id: string) => ({
  reportedBy,
  sources: [`source-${id}`],
  evidence: ["test-figure"],
});

function total(asOf: string, hectares: number, reportedBy = "Cabinet"): ClearanceRunningTotal {
  return {
    asOf,
    hectares,
    apMines: null,
    atMines: null,
    uxo: null,
    itemsTotal: null,
    qualifier: "exact",
    operators: "all operators",
    ...attribution(reportedBy, asOf),
  };
}

function annual(year: number, hectares: number, partialTo?: string): ClearanceYear {
  return {
    year,
    primary: true,
    coverage: partialTo ? "partial" : "full",
    ...(partialTo ? { periodStart: `${String(year)}-01-01`, periodEnd: partialTo } : {}),
    hectares,
    apMines: null,
    atMines: null,
    uxo: null,
    measures: `land cleared in ${String(year)} by all operators`,
    qualifier: "exact",
    ...attribution("Cabinet", String(year)),
  };
}

const estimate: ContaminationEstimate = {
  id: "area",
  asOf: "2024-10-16",
  metric: "hazardous-area",
  value: 1000,
  unit: "ha",
  qualifier: "about",
  measures: "hazardous area in the regained territories",
  ...attribution("ANAMA", "area"),
};

const deadline: ClearanceTarget = {
  id: "deadline",
  qualifier: "exact",
  statedOn: "2024-05-03",
  kind: "completion",
  targetYear: 2030,
  hectares: null,
  statement: "Clear the territory of mines until 2030",
  ...attribution("State programme", "deadline"),
};

const data: ClearanceProgressData = {
  totals: [total("2022-06", 90, "ANAMA"), total("2022-12", 100), total("2025-12", 400)],
  primaryBody: "Cabinet",
  annual: [annual(2022, 50), annual(2023, 80), annual(2024, 100), annual(2025, 120)],
  estimate,
  targets: [deadline],
};

function render(input = data, layout: "narrow" | "wide" = "wide"): SVGSVGElement {
  const width = layout === "narrow" ? 320 : 720;
  const svg = clearancePaceProgress(input, { width, document: createDocument(), layout, edition });
  return finishSvg(svg, { altText: "alt", idPrefix: "t" });
}
// Plot writes a multi-line label as one <tspan> per line.
const texts = (svg: SVGSVGElement): string[] =>
  Array.from(svg.querySelectorAll("text")).map((el) => {
    const lines = Array.from(el.querySelectorAll("tspan")).map((span) => span.textContent);
    return lines.length > 0 ? lines.join("\n") : el.textContent;
  });

describe("clearancePaceProgress", () => {
  it("projects from the latest headline total at the mean of the last three full years", () => {
    const projection = progressProjection(data);
    expect(projection?.paceYears).toEqual([2023, 2024, 2025]);
    expect(projection?.pace).toBe(100);
    expect(projection?.remaining).toBe(600);
    expect(projection?.completionYear).toBe(2031);
  });

  it("leaves a year marked partial out of the pace, whatever its hectares", () => {
    const withPartial = {
      ...data,
      annual: [...data.annual.slice(0, 3), annual(2025, 10, "2025-03-31")],
    };
    expect(progressProjection(withPartial)?.paceYears).toEqual([2022, 2023, 2024]);
  });

  it("labels the dashed projection as the site's own calculation, with its years and pace", () => {
    expect(texts(render())).toContain(
      "Site's own calculation: at the 2023–2025 average\n(about 100 ha a year), done in 2031",
    );
    expect(render().querySelector('[stroke-dasharray="6 4"]')).not.toBeNull();
  });

  it("says who estimated the hazardous area and when, on the reference line", () => {
    expect(texts(render())).toContain("Hazardous area: about 1,000 ha\nANAMA, 16 October 2024");
  });

  it("draws no projection and says so when the pace is zero", () => {
    const stalled = { ...data, annual: [annual(2025, 0)] };
    expect(progressProjection(stalled)?.completion).toBeNull();
    expect(render(stalled).querySelector('[stroke-dasharray="6 4"]')).toBeNull();
    expect(texts(render(stalled))).toContain("At zero pace the clearance would never end");
  });

  it("says who reported each running total, including the other bodies' faint points", () => {
    const tips = Array.from(render().querySelectorAll("[aria-label]")).map(
      (el) => el.getAttribute("aria-label") ?? "",
    );
    expect(
      tips.some((tip) => tip.includes("1 June 2022") || tip.includes("June 2022\n90 ha")),
    ).toBe(true);
    expect(tips.some((tip) => tip.endsWith("according to ANAMA") && tip.includes("90 ha"))).toBe(
      true,
    );
  });

  it("lists the projection in the table as the site's own calculation, with the sources it uses", () => {
    const row = clearancePaceProgressSpec.table(data, edition).rows.at(-1);
    expect(row?.reportedBy).toBe("Site's own calculation");
    expect(row?.sources).toBe("source-area source-2025-12 source-2023 source-2024 source-2025");
  });

  it("generates alt text from the latest total, the estimate and the projection", () => {
    expect(clearancePaceProgressSpec.altText(data, edition)).toBe(
      "400 hectares had been cleared by December 2025, against a hazardous area of 1,000 hectares estimated by ANAMA. At the 2023–2025 average of about 100 hectares a year, the rest would be cleared in about 2031 (the site's own calculation).",
    );
  });
});
