import { describe, expect, it } from "vitest";
import { edition } from "../../src/i18n/index.ts";
import { createDocument } from "../../src/charts/render/createDocument.ts";
import { finishSvg } from "../../src/charts/render/finishSvg.ts";
import {
  reportGaps,
  reportTip,
  victimsSinceCeasefire,
} from "../../src/charts/victims-since-ceasefire/chart.ts";
import { victimsSinceCeasefireSpec } from "../../src/charts/victims-since-ceasefire/spec.ts";
import { runningTotal } from "./lib/runningTotal.ts";

const rows = [
  runningTotal("2021-06-12", { total: 120 }, "Ministry of Foreign Affairs"),
  runningTotal("2021-12-14", { total: 197, killed: 36, injured: 161 }),
  runningTotal(
    "2023-01-27",
    { total: 279, killed: 46, injured: 233 },
    "Prosecutor General's Office",
  ),
];

function render(layout: "narrow" | "wide" = "wide"): SVGSVGElement {
  const svg = victimsSinceCeasefire(rows, {
    width: 720,
    document: createDocument(),
    layout,
    edition,
  });
  return finishSvg(svg, { altText: "alt", idPrefix: "t" });
}

describe("victimsSinceCeasefire", () => {
  it("reportGaps(rows) returns only the stretches longer than 150 days between reports", () => {
    const gaps = reportGaps(rows);
    expect(gaps.map((gap) => gap.days)).toEqual([185, 409]);
  });

  it("draws one focusable point per reported total, killed and injured value", () => {
    const tips = render().querySelectorAll("[aria-label]");
    expect(tips).toHaveLength(3 + 2 + 2);
  });

  it("says who reported each point in its tooltip", () => {
    const tips = Array.from(render().querySelectorAll("[aria-label]")).map((el) =>
      el.getAttribute("aria-label"),
    );
    expect(tips[0]).toBe("12 June 2021\nTotal: 120\naccording to Ministry of Foreign Affairs");
    expect(tips.some((tip) => tip?.includes("according to Prosecutor General's Office"))).toBe(
      true,
    );
  });

  it("writes each number in its tooltip with the source's qualifier, row-wide or per field", () => {
    const rowWide = {
      ...runningTotal("2021-12-15", { total: 200 }, "President"),
      qualifier: "about" as const,
    };
    expect(reportTip(rowWide, edition)).toBe(
      "15 December 2021\nTotal: about 200\naccording to President",
    );
    const perField = {
      ...runningTotal("2022-11-18", { total: 268, killed: 45, injured: 223 }),
      qualifiers: { injured: "more-than" as const },
    };
    expect(reportTip(perField, edition)).toContain("Killed: 45 · Injured: more than 223");
  });

  it("labels the latest values directly instead of using a legend", () => {
    const texts = Array.from(render("narrow").querySelectorAll("text")).map((el) => el.textContent);
    expect(texts).toEqual(expect.arrayContaining(["Total 279", "Killed 46", "Injured 233"]));
  });

  it("keeps the chart's font size as an attribute once Plot's inline style is removed", () => {
    const svg = render("narrow");
    expect(svg.getAttribute("font-size")).toBe("14");
    expect(svg.hasAttribute("style")).toBe(false);
  });

  it("labels every other year on a phone so the axis labels never touch", () => {
    const rows3 = [
      runningTotal("2021-01-10", { total: 10 }),
      runningTotal("2026-03-12", { total: 419, killed: 72, injured: 347 }),
    ];
    const narrow = victimsSinceCeasefire(rows3, {
      width: 320,
      document: createDocument(),
      layout: "narrow",
      edition,
    });
    const ticks = Array.from(narrow.querySelectorAll("text"))
      .map((el) => el.textContent)
      .filter((text) => /^20\d\d$/.test(text));
    expect(ticks).toEqual(["2022", "2024", "2026"]);
  });

  it("marks stretches with no report", () => {
    const texts = Array.from(render().querySelectorAll("text")).map((el) => el.textContent);
    expect(texts.filter((text) => text === "no report")).toHaveLength(2);
  });

  it("generates alt text from the first and last reported totals", () => {
    expect(victimsSinceCeasefireSpec.altText(rows, edition)).toBe(
      "Reported victims rose from 120 in June 2021 to 279 in January 2023, across 3 reports.",
    );
  });
});
