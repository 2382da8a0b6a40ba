import { describe, expect, it } from "vitest";
import { edition } from "../../src/i18n/index.ts";
import { createDocument } from "../../src/charts/render/createDocument.ts";
import { finishSvg } from "../../src/charts/render/finishSvg.ts";
import { latestSplit, whoIsHurt, type SplitRow } from "../../src/charts/who-is-hurt/chart.ts";
import { whoIsHurtSpec } from "../../src/charts/who-is-hurt/spec.ts";
import type { CasualtyRunningTotal } from "../../src/lib/schemas/casualties.ts";
import { runningTotal } from "./lib/runningTotal.ts";

/** A running total with a civilian/military split (null where the source gives none). */
function split(
  asOf: string,
  [kc, km, ic, im]: (number | null)[],
  reportedBy = "Presidential Administration",
): CasualtyRunningTotal {
  return {
    ...runningTotal(
      asOf,
      { killed: (kc ?? 0) + (km ?? 0), injured: (ic ?? 0) + (im ?? 0) },
      reportedBy,
    ),
    killedCivilian: kc ?? null,
    killedMilitary: km ?? null,
    injuredCivilian: ic ?? null,
    injuredMilitary: im ?? null,
  };
}

const rows = [
  split("2021-12-14", [29, 7, 52, 109], "ANAMA"),
  split("2024-11-11", [55, 15, 143, 169]),
  // Later, but the injured are not split: must not be chosen.
  split("2025-06-02", [60, 16, null, null], "ANAMA"),
  runningTotal("2026-03-12", { total: 419, killed: 72, injured: 347 }),
];

function render(layout: "narrow" | "wide" = "wide"): SVGSVGElement {
  const row = latestSplit(rows) ?? null;
  const svg = whoIsHurt(row, { width: 720, document: createDocument(), layout, edition });
  return finishSvg(svg, { altText: "alt", idPrefix: "t" });
}

describe("whoIsHurt", () => {
  it("latestSplit(rows) returns the latest row that splits both the killed and the injured", () => {
    expect(latestSplit(rows)?.asOf).toBe("2024-11-11");
    expect(latestSplit(rows.slice(2))).toBeUndefined();
  });

  it("draws one focusable bar per group and outcome, labelled with the source's number", () => {
    const svg = render();
    expect(svg.querySelectorAll("rect[aria-label]")).toHaveLength(4);
    const texts = Array.from(svg.querySelectorAll("text")).map((el) => el.textContent);
    expect(texts).toEqual(expect.arrayContaining(["55", "15", "143", "169", "Killed: 70"]));
  });

  it("names the date and the reporting body on the chart and in every tooltip", () => {
    const svg = render("narrow");
    expect(svg.textContent).toContain("11 November 2024");
    const tip = svg.querySelector("rect[aria-label]")?.getAttribute("aria-label");
    expect(tip).toBe(
      "Civilians, killed: 55\nSince 10 November 2020, as of 11 November 2024\naccording to Presidential Administration",
    );
  });

  it("prints no percentage: only the numbers the source gives", () => {
    expect(render().textContent).not.toContain("%");
  });

  it("says so instead of drawing bars when no row has the full split", () => {
    const svg = whoIsHurt(null, {
      width: 320,
      document: createDocument(),
      layout: "narrow",
      edition,
    });
    expect(svg.querySelectorAll("rect")).toHaveLength(0);
    expect(whoIsHurtSpec.altText(null, edition)).toContain("No running total");
  });

  it("generates alt text from the four numbers, the date and the body", () => {
    const row = latestSplit(rows) as SplitRow;
    expect(whoIsHurtSpec.altText(row, edition)).toBe(
      "As of 11 November 2024, Presidential Administration reported 55 civilians and 15 military personnel killed, and 143 civilians and 169 military personnel injured by mines since the November 2020 ceasefire.",
    );
    expect(whoIsHurtSpec.table(row, edition).rows).toHaveLength(4);
  });
});
