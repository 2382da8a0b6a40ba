import { describe, expect, it } from "vitest";
import { problemsAfter, row } from "./fixtureDir.ts";

const clearance = "clearance-by-year.json";
const at = 'data/clearance-by-year.json: row 0 (key "2023/ANAMA")';

describe("validation of a clearance year's coverage", () => {
  it("accepts a full year without a period", () => {
    const lines = problemsAfter({
      [clearance]: (rows) => {
        const first = row(rows, 0);
        first.coverage = "full";
        delete first.periodStart;
        delete first.periodEnd;
      },
    });
    expect(lines).toEqual([]);
  });

  it("rejects a partial year that does not say which months it covers", () => {
    const lines = problemsAfter({
      [clearance]: (rows) => {
        delete row(rows, 0).periodEnd;
      },
    });
    expect(lines).toEqual([
      `${at}: field "periodEnd": a partial year must say which months it covers, got nothing`,
    ]);
  });

  it("rejects a period on a full year", () => {
    const lines = problemsAfter({ [clearance]: (rows) => void (row(rows, 0).coverage = "full") });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('field "periodStart": only a partial year has a period');
  });

  it("rejects a period outside the row's year, or ending before it starts", () => {
    const lines = problemsAfter({
      [clearance]: (rows) => void (row(rows, 0).periodEnd = "2022-12-31"),
    });
    expect(lines).toEqual([
      `${at}: field "periodEnd": must fall in 2023, the row's year, got "2022-12-31"`,
      `${at}: field "periodEnd": must not come before periodStart, got "2022-12-31"`,
    ]);
  });
});
