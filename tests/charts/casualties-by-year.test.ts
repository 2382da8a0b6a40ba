import { describe, expect, it } from "vitest";
import { edition } from "../../src/i18n/index.ts";
import { createDocument } from "../../src/charts/render/createDocument.ts";
import { finishSvg } from "../../src/charts/render/finishSvg.ts";
import { casualtiesByYear } from "../../src/charts/casualties-by-year/chart.ts";
import { yearSlots } from "../../src/charts/casualties-by-year/rows.ts";
import { pickYearRow } from "../../src/charts/parts/pickYearRow.ts";
import { periodLabel } from "../../src/charts/casualties-by-year/labels.ts";
import { casualtiesByYearSpec } from "../../src/charts/casualties-by-year/spec.ts";
import type { CasualtyYear } from "../../src/lib/schemas/casualties.ts";

/** A calendar-year row: full year unless an end date is given. */
function yearRow(
  year: number,
  values: Partial<Pick<CasualtyYear, "total" | "killed" | "injured">>,
  options: { end?: string; series?: CasualtyYear["series"]; reportedBy?: string } = {},
): CasualtyYear {
  const end = options.end ?? `${String(year)}-12-31`;
  return {
    year,
    periodStart: `${String(year)}-01-01`,
    periodEnd: end,
    coverage: options.end ? "partial" : "full",
    series: options.series ?? "post-2020",
    total: values.total ?? null,
    killed: values.killed ?? null,
    injured: values.injured ?? null,
    reportedBy: options.reportedBy ?? "Prosecutor General's Office",
    sources: ["test-source"],
    evidence: ["test-figure"],
  };
}

const lm = { series: "landmine-monitor" as const, reportedBy: "ANAMA" };
const rows = [
  yearRow(2013, { total: 8 }, lm),
  yearRow(2013, { total: 13 }, { ...lm, reportedBy: "Azerbaijan Campaign to Ban Landmines" }),
  yearRow(2021, { total: 68 }, { end: "2021-06-30", reportedBy: "AzCBL" }),
  yearRow(2021, { total: 97 }, { end: "2021-11-30", reportedBy: "AzCBL" }),
  yearRow(2023, { total: 58, killed: 19, injured: 39 }),
  yearRow(2024, { total: 36 }, { end: "2024-08-15", reportedBy: "AzCBL" }),
  yearRow(2024, { total: 41 }),
  yearRow(2025, { injured: 33 }),
];

function render(data: CasualtyYear[] = rows, layout: "narrow" | "wide" = "wide"): SVGSVGElement {
  const svg = casualtiesByYear(data, { width: 720, document: createDocument(), layout, edition });
  return finishSvg(svg, { altText: "alt", idPrefix: "t" });
}
// Multi-line labels are split into <tspan>s: read each line on its own.
const texts = (svg: SVGSVGElement): string[] =>
  Array.from(svg.querySelectorAll("text"))
    .flatMap((el) => {
      const lines = Array.from(el.querySelectorAll("tspan"));
      return lines.length > 0 ? lines : [el];
    })
    .map((el) => el.textContent);
const tips = (svg: SVGSVGElement): string[] =>
  Array.from(svg.querySelectorAll("[aria-label]")).map((el) => el.getAttribute("aria-label") ?? "");

describe("casualtiesByYear", () => {
  it("pickYearRow(rows) prefers a full year to a longer-looking partial one", () => {
    const picked = pickYearRow(rows.filter((row) => row.year === 2024));
    expect(picked?.total).toBe(41);
  });

  it("pickYearRow(rows) takes the longest partial period, then the first row in file order", () => {
    expect(pickYearRow(rows.filter((row) => row.year === 2021))?.total).toBe(97);
    expect(pickYearRow(rows.filter((row) => row.year === 2013))?.reportedBy).toBe("ANAMA");
  });

  it("yearSlots(rows) adds post-war years without a row as empty slots, never as zero", () => {
    const slots = yearSlots(rows).filter((slot) => slot.series === "post-2020");
    expect(slots.map((slot) => slot.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(slots.find((slot) => slot.year === 2022)?.shown).toBeNull();
  });

  it("periodLabel(row) names the months covered, and the days when a period ends mid-month", () => {
    expect(periodLabel(yearRow(2021, {}, { end: "2021-11-30" }), edition.locale)).toBe("Jan–Nov");
    expect(periodLabel(yearRow(2024, {}, { end: "2024-08-15" }), edition.locale)).toBe(
      "1 Jan–15 Aug",
    );
  });

  it("draws a partial year as a dashed outline, not a solid bar, labelled with its months", () => {
    const svg = render();
    const dashed = svg.querySelectorAll('g[stroke-dasharray="4 2"] rect');
    expect(dashed).toHaveLength(1);
    expect(texts(svg)).toContain("97 · Jan–Nov only");
    expect(texts(svg)).toContain("no full-year figure");
  });

  it("marks a year without any row as 'no figure', with a tooltip saying so", () => {
    const svg = render();
    expect(texts(svg)).toContain("no figure");
    expect(tips(svg)).toContain("2022\nNo figure for this year in our sources");
  });

  it("draws an injured-only year as a dot labelled 'injured', not as a total bar", () => {
    const svg = render();
    expect(texts(svg)).toEqual(expect.arrayContaining(["33 injured", "total not published"]));
    const bars = svg.querySelectorAll("rect[aria-label]");
    expect(Array.from(bars).some((bar) => bar.getAttribute("aria-label")?.startsWith("2025"))).toBe(
      false,
    );
  });

  it("mutes and heads the Landmine Monitor years as a separate group", () => {
    const svg = render();
    expect(texts(svg)).toContain("Before the 2020 war (Landmine Monitor)");
    expect(texts(render(rows, "narrow"))).toEqual(
      expect.arrayContaining(["Before the 2020 war", "(Landmine Monitor)"]),
    );
    const muted = svg.querySelector('rect[fill-opacity="0.6"]');
    expect(muted?.getAttribute("aria-label")?.startsWith("2013")).toBe(true);
  });

  it("shows the other rows for a year and who says each in the tooltip", () => {
    const tip = tips(render()).find((text) => text.startsWith("2024"));
    expect(tip).toBe(
      "2024\nTotal: 41\naccording to Prosecutor General's Office\nAlso reported for this year:\n1 January–15 August: Total: 36 (AzCBL)",
    );
  });

  it("labels a total the site summed as the site's own calculation", () => {
    const derived = {
      ...yearRow(2022, { total: 38, killed: 3, injured: 35 }, { end: "2022-07-31" }),
      derived: { method: "total = killed + injured, summed by the site", fields: ["total"] },
    };
    const svg = render([derived]);
    expect(texts(svg)).toContain("site's sum · no full-year figure");
    expect(casualtiesByYearSpec.table([derived], edition).rows[0]?.["method"]).toContain("summed");
  });

  it("lists every row in the table and says which one is drawn", () => {
    const table = casualtiesByYearSpec.table(rows, edition);
    expect(table.rows).toHaveLength(rows.length);
    expect(table.rows.filter((row) => row["shown"] === "yes")).toHaveLength(5);
  });

  it("generates alt text from the baseline range, part-years and full-year totals", () => {
    expect(casualtiesByYearSpec.altText(rows, edition)).toBe(
      "Before the 2020 war, the Landmine Monitor years shown (2013–2013) have between 8 and 8 victims a year. For 2021 only part-year figures exist. Full-year totals since the war: 58 in 2023 and 41 in 2024. For 2025 only the number injured is published: 33.",
    );
  });
});
