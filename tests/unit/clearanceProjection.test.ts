import { describe, expect, it } from "vitest";
import {
  clearanceProjection,
  endOfPeriodAsDecimalYear,
} from "../../src/lib/clearanceProjection.ts";

const annual = [
  { year: 2022, hectares: 40 },
  { year: 2024, hectares: 60 },
  { year: 2023, hectares: 50 },
];

describe("clearanceProjection", () => {
  it("averages the latest N full years, whatever their input order", () => {
    const projection = clearanceProjection({
      estimatedHectares: 1000,
      clearedHectares: 150,
      clearedAsOf: 2025,
      annual,
      years: 2,
    });
    expect(projection.paceYears).toEqual([2023, 2024]);
    expect(projection.pace).toBe(55);
  });

  it("divides the area left by the pace and adds the years to the date of the cumulative figure", () => {
    const projection = clearanceProjection({
      estimatedHectares: 1000,
      clearedHectares: 150,
      clearedAsOf: 2025,
      annual,
      years: 3,
    });
    expect(projection.remaining).toBe(850);
    expect(projection.yearsLeft).toBe(17);
    expect(projection.completion).toBe(2042);
    // 2042.0 is the very end of 2041.
    expect(projection.completionYear).toBe(2041);
  });

  it("puts a completion part-way through a year in that year", () => {
    const projection = clearanceProjection({
      estimatedHectares: 250,
      clearedHectares: 100,
      clearedAsOf: 2025,
      annual: [{ year: 2024, hectares: 60 }],
      years: 1,
    });
    expect(projection.yearsLeft).toBe(2.5);
    expect(projection.completionYear).toBe(2027);
  });

  it("uses every year there is when fewer than N full years are given", () => {
    const projection = clearanceProjection({
      estimatedHectares: 100,
      clearedHectares: 0,
      clearedAsOf: 2023,
      annual: [{ year: 2022, hectares: 20 }],
      years: 3,
    });
    expect(projection.paceYears).toEqual([2022]);
    expect(projection.yearsLeft).toBe(5);
  });

  it("returns no end date when the pace is zero instead of dividing by zero", () => {
    const projection = clearanceProjection({
      estimatedHectares: 100,
      clearedHectares: 10,
      clearedAsOf: 2023,
      annual: [{ year: 2022, hectares: 0 }],
      years: 1,
    });
    expect(projection.pace).toBe(0);
    expect(projection.yearsLeft).toBeNull();
    expect(projection.completion).toBeNull();
    expect(projection.completionYear).toBeNull();
  });

  it("returns no end date when there are no full years to average", () => {
    const projection = clearanceProjection({
      estimatedHectares: 100,
      clearedHectares: 10,
      clearedAsOf: 2023,
      annual: [],
      years: 3,
    });
    expect(projection.paceYears).toEqual([]);
    expect(projection.completion).toBeNull();
  });

  it("says zero years are left when more than the estimated area is already cleared", () => {
    const projection = clearanceProjection({
      estimatedHectares: 100,
      clearedHectares: 120,
      clearedAsOf: 2024.5,
      annual,
      years: 3,
    });
    expect(projection.remaining).toBe(0);
    expect(projection.yearsLeft).toBe(0);
    expect(projection.completion).toBe(2024.5);
    expect(projection.completionYear).toBe(2024);
  });

  it("rejects a number of years below one", () => {
    const input = { estimatedHectares: 1, clearedHectares: 0, clearedAsOf: 2023, annual, years: 0 };
    expect(() => clearanceProjection(input)).toThrow(RangeError);
  });
});

describe("endOfPeriodAsDecimalYear", () => {
  it("reads a month as the end of that month", () => {
    expect(endOfPeriodAsDecimalYear("2025-12")).toBe(2026);
    expect(endOfPeriodAsDecimalYear("2024-06")).toBeCloseTo(2024 + 182 / 366, 10);
  });

  it("reads a day as the end of that day", () => {
    expect(endOfPeriodAsDecimalYear("2023-12-31")).toBe(2024);
    expect(endOfPeriodAsDecimalYear("2023-01-01")).toBeCloseTo(2023 + 1 / 365, 10);
  });

  it("rejects text that is not an ISO date", () => {
    expect(() => endOfPeriodAsDecimalYear("end of 2025")).toThrow(RangeError);
  });
});
