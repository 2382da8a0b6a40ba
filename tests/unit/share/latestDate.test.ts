import { describe, expect, it } from "vitest";
import { latestDate } from "../../../src/lib/share/latestDate.ts";

describe("latestDate", () => {
  it("returns the latest ISO date of days, months and years, ignoring other values", () => {
    expect(latestDate(["2021-06", "2026-03-13", null, 2027, "n/a", "2025"])).toBe("2026-03-13");
  });

  it("ranks a day after the month and year that contain it", () => {
    expect(latestDate(["2026", "2026-03", "2026-03-01"])).toBe("2026-03-01");
  });

  it("returns undefined when there is no date", () => {
    expect(latestDate([])).toBeUndefined();
  });
});
