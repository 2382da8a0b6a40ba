import { describe, expect, it } from "vitest";
import type { Datasets } from "../../../src/lib/data/datasets.ts";
import { newestFigure } from "../../../src/lib/story/newestFigure.ts";

const empty = {
  casualtyRunningTotals: [],
  casualtiesByYear: [],
  casualtyHistoricalTotals: [],
  contaminationEstimates: [],
  clearanceByYear: [],
  clearanceRunningTotals: [],
  clearanceTargets: [],
  fundingSplits: [],
  donors: [],
  districts: [],
  clearanceAreasNotOnMap: [],
  globalCasualties: [],
};

// Hand-written rows: only the fields newestFigure reads.
const data = (rows: Record<string, unknown[]>) => ({ ...empty, ...rows }) as unknown as Datasets;

describe("newestFigure: the date of the most recent figure", () => {
  it("takes the latest asOf or date of any row or nested fact that cites evidence", () => {
    expect(
      newestFigure(
        data({
          casualtyRunningTotals: [{ asOf: "2025-12-26", evidence: ["a"] }],
          donors: [{ date: "2025-06", evidence: ["b"] }],
          districts: [{ id: "AZ-LAC", facts: [{ asOf: "2026-03-12", evidence: ["c"] }] }],
        }),
      ),
    ).toBe("2026-03-12");
  });

  it("ignores dates of rows without evidence, and fails when nothing is dated", () => {
    expect(
      newestFigure(
        data({
          casualtyRunningTotals: [{ asOf: "2024-01-01", evidence: ["a"] }, { asOf: "2030-01-01" }],
        }),
      ),
    ).toBe("2024-01-01");
    expect(() => newestFigure(data({}))).toThrow(/no dated figure/);
  });
});
