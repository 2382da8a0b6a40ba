import { describe, expect, it } from "vitest";
import { dataAsOf } from "../../../src/lib/data/dataAsOf.ts";

describe("dataAsOf: how recent a chart's figures are", () => {
  it("is the latest asOf or date of anything citing evidence, facts inside rows included", () => {
    expect(
      dataAsOf({
        totals: [{ asOf: "2025-12", evidence: ["a"] }, { asOf: "2099-01-01" }],
        districts: [{ facts: [{ asOf: "2026-03-12", evidence: ["b"] }] }],
        events: [{ date: "2026-01-05", evidence: ["c"] }],
      }),
    ).toBe("2026-03-12");
  });

  it("falls back to the latest year for data counted by year, and is undefined when nothing is dated", () => {
    expect(
      dataAsOf([
        { year: 2024, evidence: ["a"] },
        { year: 2025, evidence: ["b"] },
      ]),
    ).toBe("2025");
    expect(dataAsOf([{ value: 3, evidence: ["a"] }])).toBeUndefined();
  });
});
