import { describe, expect, it } from "vitest";
import { quoteDates, statesDate } from "../../../src/lib/evidence/quoteDates.ts";

const dates = (quote: string) =>
  quoteDates(quote).map(({ year, month, day }) => [year ?? null, month, day ?? null]);

describe("quoteDates: the calendar dates a quote states", () => {
  it("reads English day-month and month-day forms, with and without the year", () => {
    expect(dates("On 12 March 2026 the ministry said")).toEqual([[2026, 3, 12]]);
    expect(dates("since November 10, 2020, and until April 3")).toEqual([
      [2020, 11, 10],
      [null, 4, 3],
    ]);
    expect(dates("held 16-18 November 2022 in Baku")).toEqual([
      [2022, 11, 16],
      [2022, 11, 18],
    ]);
  });

  it("reads Azerbaijani and Russian forms, numeric dates and months", () => {
    expect(dates("2025-ci il 26 dekabr tarixinə qədər")).toEqual([[2025, 12, 26]]);
    expect(dates("по состоянию на 12 марта 2026 года")).toEqual([[2026, 3, 12]]);
    expect(dates("13.03.2026 tarixində")).toEqual([[2026, 3, 13]]);
    expect(dates("in October 2025, 409 victims")).toEqual([[2025, 10, null]]);
  });

  it("does not take counts or bare years for dates", () => {
    expect(dates("345 people, 65 killed, since 2020; 500 mines")).toEqual([]);
  });
});

describe("statesDate", () => {
  const [march12] = quoteDates("12 March 2026");
  const [yearless] = quoteDates("until April 3");
  const [month] = quoteDates("in October 2025");
  it("matches a day only to that day, and a year only where the quote gives one", () => {
    expect(march12 && statesDate(march12, "2026-03-12")).toBe(true);
    expect(march12 && statesDate(march12, "2026-03-13")).toBe(false);
    expect(march12 && statesDate(march12, "2025-03-12")).toBe(false);
    expect(yearless && statesDate(yearless, "2024-04-03")).toBe(true);
  });
  it("lets a quoted month support a row dated to that month, not to a day in it", () => {
    expect(month && statesDate(month, "2025-10")).toBe(true);
    expect(month && statesDate(month, "2025-10-02")).toBe(false);
  });
});
