import { describe, expect, it } from "vitest";
import { flattenRows, flattenValue } from "../../../src/lib/share/flattenRows.ts";
import { schemaFields } from "../../../src/lib/share/schemaFields.ts";
import { citedSourceIds } from "../../../src/lib/share/citedSourceIds.ts";
import { z } from "zod";

describe("flattenValue", () => {
  it('joins a list of plain values with "; " and writes nested objects as JSON', () => {
    expect(flattenValue(["a", "b"])).toBe("a; b");
    expect(flattenValue({ method: "sum" })).toBe('{"method":"sum"}');
    expect(flattenValue([{ date: "2021-06-12" }])).toBe('[{"date":"2021-06-12"}]');
    expect(flattenValue(undefined)).toBeNull();
  });
});

describe("flattenRows", () => {
  it("puts the schema's fields first, then any other key in first-seen order", () => {
    const table = flattenRows([{ b: 1, a: 2 }, { c: 3 }], ["a", "b"]);
    expect(table.columns).toEqual(["a", "b", "c"]);
    expect(table.rows).toEqual([
      [2, 1, null],
      [null, null, 3],
    ]);
  });
});

describe("schemaFields", () => {
  it("lists a zod object schema's keys in declaration order, and nothing for other schemas", () => {
    expect(
      schemaFields(z.object({ year: z.number(), sources: z.array(z.string()) }).strict()),
    ).toEqual(["year", "sources"]);
    expect(schemaFields(z.string())).toEqual([]);
  });
});

describe("citedSourceIds", () => {
  it("collects source ids at any depth, once each, sorted", () => {
    const rows = [
      { sources: ["b", "a"], responses: [{ sources: ["c", "a"] }] },
      { facts: [{ sources: ["d"] }] },
    ];
    expect(citedSourceIds(rows)).toEqual(["a", "b", "c", "d"]);
  });
});
