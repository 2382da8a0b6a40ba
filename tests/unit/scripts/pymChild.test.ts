import { describe, expect, it } from "vitest";
import { pymPrefix, pymWidth } from "../../../src/scripts/pymChild.ts";

describe("pymPrefix(childId)", () => {
  it("is pym.js's message start for an element id a newsroom template writes", () => {
    expect(pymPrefix("chart-1")).toBe("pymxPYMxchart-1xPYMx");
    expect(pymPrefix("pym-0-a1b2c")).toBe("pymxPYMxpym-0-a1b2cxPYMx");
    expect(pymPrefix("a:b.c_d")).toBe("pymxPYMxa:b.c_dxPYMx");
  });

  it.each([
    ["missing", null],
    ["empty", ""],
    ["starting with a digit", "1chart"],
    ["with a quote", 'a"b'],
    ["with an angle bracket", "a<script>"],
    ["with a space", "a b"],
    ["with the delimiter's regex characters", "a(.*)"],
    ["longer than 64 characters", `a${"b".repeat(64)}`],
  ])("is undefined for a childId %s", (_, childId) => {
    expect(pymPrefix(childId)).toBeUndefined();
  });
});

describe("pymWidth(prefix, data)", () => {
  const prefix = pymPrefix("chart-1");

  it("reads the width of a width message to this frame, in CSS pixels", () => {
    expect(pymWidth(prefix, "pymxPYMxchart-1xPYMxwidthxPYMx640")).toBe(640);
    expect(pymWidth(prefix, "pymxPYMxchart-1xPYMxwidthxPYMx320.5")).toBe(320.5);
  });

  it.each([
    ["for another frame", "pymxPYMxchart-2xPYMxwidthxPYMx640"],
    ["of another type", "pymxPYMxchart-1xPYMxheightxPYMx640"],
    ["with a zero width", "pymxPYMxchart-1xPYMxwidthxPYMx0"],
    ["with a negative width", "pymxPYMxchart-1xPYMxwidthxPYMx-5"],
    ["with no width", "pymxPYMxchart-1xPYMxwidthxPYMx"],
    ["with text after the width", "pymxPYMxchart-1xPYMxwidthxPYMx640<img>"],
    ["with an infinite width", `pymxPYMxchart-1xPYMxwidthxPYMx${"9".repeat(400)}`],
    ["that is not a string", { width: 640 }],
  ])("ignores a message %s", (_, data) => {
    expect(pymWidth(prefix, data)).toBeUndefined();
  });

  it("ignores every message when the frame has no valid childId", () => {
    expect(pymWidth(undefined, "pymxPYMxundefinedxPYMxwidthxPYMx640")).toBeUndefined();
    expect(pymWidth(undefined, "widthxPYMx640")).toBeUndefined();
  });
});
