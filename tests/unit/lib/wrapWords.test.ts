import { describe, expect, it } from "vitest";
import { wrapWords } from "../../../src/lib/wrapWords.ts";

describe("wrapWords: lines at spaces, measured by the caller", () => {
  const chars = (max: number) => (line: string) => line.length <= max;

  it("fills each line before starting the next", () => {
    expect(wrapWords("land cleared in 2025 by district", chars(12))).toEqual([
      "land cleared",
      "in 2025 by",
      "district",
    ]);
  });

  it("keeps a word too long for any line on a line of its own, and ignores extra spaces", () => {
    expect(wrapWords("  a  Khojavend-Fuzuli  b ", chars(4))).toEqual([
      "a",
      "Khojavend-Fuzuli",
      "b",
    ]);
    expect(wrapWords("", chars(4))).toEqual([]);
  });

  it("never breaks at a no-break space, so a Russian number ('92 000') stays on one line", () => {
    expect(wrapWords("около 92\u00a0000 мин", chars(8))).toEqual(["около", "92\u00a0000", "мин"]);
  });
});
