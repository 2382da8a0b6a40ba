import { describe, expect, it } from "vitest";
import { timeTick } from "../../src/charts/parts/timeTick.ts";

describe("timeTick", () => {
  it("timeTick(date, locale) writes the year alone on 1 January, as Plot's year ticks do", () => {
    expect(timeTick(new Date(Date.UTC(2025, 0, 1)), "en-GB")).toBe("2025");
    expect(timeTick(new Date(Date.UTC(2025, 0, 1)), "ru")).toBe("2025");
  });

  it("timeTick(date, locale) names a month or a day in the locale, never in Plot's English", () => {
    expect(timeTick(new Date(Date.UTC(2025, 6, 1)), "de")).toBe("Juli 2025");
    expect(timeTick(new Date(Date.UTC(2025, 6, 12)), "de")).toBe("12. Juli 2025");
  });
});
