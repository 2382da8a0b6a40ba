import { describe, expect, it } from "vitest";
import { en } from "../../../src/i18n/en/index.ts";
import { fromFacts, roundTo } from "../../../src/lib/story/calculation.ts";
import { calculations } from "../../../src/lib/story/calculations.ts";
import { loadDatasets } from "../../../src/lib/data/loadDatasets.ts";
import { placeCharts } from "../../../src/lib/story/placeCharts.ts";
import { data } from "./fixtures.ts";

describe("fromFacts", () => {
  it("computes on looked-up values, says how, and lists every input's sources once", () => {
    const run = fromFacts(
      [
        { dataset: "casualtyRunningTotals", row: "2024-11-11/PGO", field: "total" },
        { dataset: "casualtyRunningTotals", row: "2024-01-26/PGO", field: "total" },
      ],
      ([a = 0, b = 0]) => a - b,
      ([a = 0, b = 0]) => `${String(a)} minus ${String(b)}`,
    );
    expect(run(data, { locale: "en-GB", words: en.calculations })).toEqual({
      value: 40,
      method: "382 minus 342",
      sources: ["s3", "s1"],
    });
  });

  it("fails like a Fact when an input is missing", () => {
    const run = fromFacts(
      [{ dataset: "casualtyRunningTotals", row: "2024-01-26/PGO", field: "injured" }],
      ([a = 0]) => a,
      () => "x",
    );
    expect(() => run(data, { locale: "en-GB", words: en.calculations })).toThrow(
      "is null, not a number",
    );
  });

  it("rounds to the stated number of decimals", () => {
    expect(roundTo(21.336, 1)).toBe(21.3);
  });
});

describe("the story's calculations", () => {
  // The committed data: each named calculation must run, and say how, on what the site publishes.
  const committed = loadDatasets();
  it.each(Object.keys(calculations))(
    "%s runs on the committed data with a method and sources",
    (name) => {
      const result = calculations[name as keyof typeof calculations].run(committed, {
        locale: "en-GB",
        words: en.calculations,
      });
      expect(Number.isFinite(result.value)).toBe(true);
      expect(result.method.length).toBeGreaterThan(20);
      expect(result.sources.length).toBeGreaterThan(0);
    },
  );
});

describe("placeCharts", () => {
  const registry = [
    { id: "a", section: "toll" },
    { id: "b", section: "toll" },
    { id: "c", section: "toll" },
    { id: "d", section: "where" },
  ];

  it("puts named charts in their slots, skips unregistered ids and leaves the rest for the end", () => {
    expect(placeCharts(registry, "toll", [["b", "missing"], ["d"]])).toEqual({
      slots: [["b"], []],
      rest: ["a", "c"],
    });
  });

  it("refuses to place a chart twice", () => {
    expect(() => placeCharts(registry, "toll", [["a"], ["a"]])).toThrow(
      'chart "a" is placed twice in toll',
    );
  });
});
