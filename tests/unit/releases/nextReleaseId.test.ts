import { describe, expect, it } from "vitest";
import { nextReleaseId } from "../../../src/lib/releases/nextReleaseId.ts";

describe("nextReleaseId(date, existing)", () => {
  it("is the date when no release has it", () => {
    expect(nextReleaseId("2026-11-29", ["2026-11-28"])).toBe("2026-11-29");
  });
  it("adds -2, -3 … for further releases on one day", () => {
    expect(nextReleaseId("2026-11-29", ["2026-11-29"])).toBe("2026-11-29-2");
    expect(nextReleaseId("2026-11-29", ["2026-11-29", "2026-11-29-2"])).toBe("2026-11-29-3");
  });
});
