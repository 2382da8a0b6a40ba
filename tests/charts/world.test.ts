import { describe, expect, it } from "vitest";
import { edition } from "../../src/i18n/index.ts";
import { createDocument } from "../../src/charts/render/createDocument.ts";
import { finishSvg } from "../../src/charts/render/finishSvg.ts";
import { worldCasualties, worldTip, type WorldData } from "../../src/charts/world/chart.ts";
import { worldRows } from "../../src/charts/world/rows.ts";
import { worldCasualtiesSpec } from "../../src/charts/world/spec.ts";
import type { CasualtyYear } from "../../src/lib/schemas/casualties.ts";
import type { GlobalCasualtyYear } from "../../src/lib/schemas/world.ts";

const attribution = { sources: ["test-source"], evidence: ["test-figure"] };

function world(year: number, total: number): GlobalCasualtyYear {
  const edition = `Landmine Monitor ${String(year + 1)}`;
  return {
    year,
    total,
    qualifier: "exact",
    killed: null,
    injured: null,
    edition,
    reportedBy: "Landmine Monitor",
    ...attribution,
  };
}

function azerbaijan(
  year: number,
  total: number | null,
  coverage: "full" | "partial" = "full",
): CasualtyYear {
  return {
    year,
    periodStart: `${String(year)}-01-01`,
    periodEnd: coverage === "full" ? `${String(year)}-12-31` : `${String(year)}-07-31`,
    coverage,
    series: "post-2020",
    total,
    killed: null,
    injured: total === null ? 33 : null,
    reportedBy: "Prosecutor General's Office",
    ...attribution,
  };
}

const data: WorldData = {
  world: [world(2013, 3457), world(2018, 6897), world(2022, 4710), world(2023, 5757)],
  azerbaijan: [azerbaijan(2022, 38, "partial"), azerbaijan(2023, 58), azerbaijan(2018, null)],
  treaty: [],
};

function render(layout: "narrow" | "wide" = "wide"): SVGSVGElement {
  const svg = worldCasualties(data, { width: 720, document: createDocument(), layout, edition });
  return finishSvg(svg, { altText: "alt", idPrefix: "t" });
}
const tips = (svg: SVGSVGElement): string[] =>
  Array.from(svg.querySelectorAll("[aria-label]")).map((el) => el.getAttribute("aria-label") ?? "");

describe("worldCasualties", () => {
  it("worldRows(world, azerbaijan) collapses each run of years without a world figure into one gap row", () => {
    const rows = worldRows(data.world, data.azerbaijan);
    expect(
      rows.map((row) => (row.kind === "gap" ? `${String(row.from)}-${String(row.to)}` : row.year)),
    ).toEqual([2013, "2014-2017", 2018, "2019-2021", 2022, 2023]);
  });

  it("draws Azerbaijan only for full years with a total, never a partial year", () => {
    const rows = worldRows(data.world, data.azerbaijan).flatMap((row) =>
      row.kind === "year" ? [row] : [],
    );
    expect(rows.map((row) => row.azerbaijan?.total ?? null)).toEqual([null, null, null, 58]);
  });

  it("marks missing world years as 'not in our sources' and missing Azerbaijan years as 'no full-year figure'", () => {
    const text = render().textContent;
    expect(text).toContain("2014–2017: not in our sources");
    expect(text).toContain("Azerbaijan: no full-year figure");
    expect(tips(render())).toContain(
      "2019–2021\nThe Landmine Monitor's figures for these years are not in our sources",
    );
  });

  it("draws the world and Azerbaijan on one scale and labels Azerbaijan directly", () => {
    const svg = render("narrow");
    expect(svg.textContent).toContain("Azerbaijan 58");
    expect(svg.textContent).toContain("World 3,457");
    const widths = Array.from(svg.querySelectorAll("rect[aria-label]")).map((rect) =>
      Number(rect.getAttribute("width")),
    );
    expect(Math.max(...widths) / Math.min(...widths)).toBeGreaterThan(20);
  });

  it("says who counted each bar in its tooltip, and that Azerbaijan's is a national count", () => {
    const all = tips(render());
    expect(all).toContain(
      "2013\nWorld: 3,457 killed or injured\naccording to Landmine Monitor (Landmine Monitor 2014)",
    );
    expect(all.find((tip) => tip.includes("Azerbaijan: 58"))).toContain(
      "according to Prosecutor General's Office",
    );
    expect(all.find((tip) => tip.includes("Azerbaijan: 58"))).toContain(
      "not the Monitor's own figure",
    );
  });

  it("worldTip(row) gives killed, injured and the people of unknown status where the Monitor states them", () => {
    const split = { ...world(2022, 4710), killed: 1661, injured: 3015, unknownStatus: 34 };
    const [row] = worldRows([split], []).flatMap((r) => (r.kind === "year" ? [r] : []));
    expect(row && worldTip(row, edition)).toBe(
      "2022\nWorld: 4,710 killed or injured\naccording to Landmine Monitor (Landmine Monitor 2023)\nKilled: 1,661 · Injured: 3,015\nStatus unknown (killed or injured): 34",
    );
  });

  it("worldTip(row) keeps the Monitor's qualifier on each number ('at least 6,897')", () => {
    const atLeast = { ...world(2018, 6897), killed: 3059, qualifier: "at-least" as const };
    const [row] = worldRows([atLeast], []).flatMap((r) => (r.kind === "year" ? [r] : []));
    expect(row && worldTip(row, edition)).toContain("World: at least 6,897 killed or injured");
    expect(row && worldTip(row, edition)).toContain("Killed: at least 3,059");
  });

  it("lists the unknown-status count in the data table, empty where not stated", () => {
    const withUnknown = { ...data, world: [{ ...world(2022, 4710), unknownStatus: 34 }] };
    const table = worldCasualtiesSpec.table(withUnknown, edition);
    expect(table.columns.map((c) => c.key)).toContain("unknownStatus");
    expect(table.rows.map((r) => r["unknownStatus"])).toEqual([34]);
    expect(worldCasualtiesSpec.table(data, edition).rows.map((r) => r["unknownStatus"])).toContain(
      null,
    );
  });

  it("generates alt text from the lowest and highest world years and Azerbaijan's figures", () => {
    expect(worldCasualtiesSpec.altText(data, edition)).toBe(
      "Landmine Monitor recorded between 3,457 (2013) and 6,897 (2018) mine and ERW casualties worldwide a year in the years shown from 2013 to 2023. Azerbaijan's full-year figures (58 in 2023) are a sliver at the same scale.",
    );
  });

  it("states the treaty status in the notes, not on the chart", () => {
    expect(worldCasualtiesSpec.text(edition).notes?.join(" ")).toContain("Mine Ban Treaty");
    expect(render().textContent).not.toContain("Treaty");
  });
});
