import { describe, expect, it } from "vitest";
import {
  computedWeight,
  fontShorthandWeight,
  fontWeightValue,
} from "../../../src/lib/fonts/fontWeight.ts";

describe("font weights", () => {
  it("fontWeightValue reads keywords and numbers and throws on what it cannot read", () => {
    expect(fontWeightValue("bold")).toBe(700);
    expect(fontWeightValue(" 600 ")).toBe(600);
    expect(fontWeightValue("bolder")).toBe("bolder");
    expect(() => fontWeightValue("var(--w)")).toThrow();
  });

  it("fontShorthandWeight takes the weight before the size and resets to 400 without one", () => {
    expect(fontShorthandWeight("700 1rem/1.2 var(--font-sans)")).toBe(700);
    expect(fontShorthandWeight(".85rem var(--font-sans)")).toBe(400);
    expect(fontShorthandWeight("inherit")).toBe("inherit");
  });

  it("computedWeight steps bolder and lighter from the parent's weight", () => {
    expect(computedWeight("bolder", 400)).toBe(700);
    expect(computedWeight("bolder", 600)).toBe(900);
    expect(computedWeight("lighter", 700)).toBe(400);
    expect(computedWeight("inherit", 600)).toBe(600);
  });
});
