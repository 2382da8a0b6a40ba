import { describe, expect, it } from "vitest";
import {
  formatUnicodeRange,
  inRanges,
  parseUnicodeRange,
} from "../../../src/lib/fonts/unicodeRange.ts";

describe("unicode ranges", () => {
  it("parseUnicodeRange reads single points, spans and wildcards", () => {
    expect(parseUnicodeRange("U+0131, U+0460-052F,U+1F??")).toEqual([
      [0x131, 0x131],
      [0x460, 0x52f],
      [0x1f00, 0x1fff],
    ]);
  });

  it("parseUnicodeRange refuses what it cannot read", () => {
    expect(() => parseUnicodeRange("U+XYZ")).toThrow(/cannot read/);
  });

  it("formatUnicodeRange merges runs of code points and sorts them", () => {
    expect(formatUnicodeRange([0x62, 0x61, 0x63, 0x259, 0x61])).toBe("U+61-63,U+259");
  });

  it("inRanges is inclusive at both ends", () => {
    const ranges = parseUnicodeRange("U+41-5A");
    expect([0x40, 0x41, 0x5a, 0x5b].map((c) => inRanges(ranges, c))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
