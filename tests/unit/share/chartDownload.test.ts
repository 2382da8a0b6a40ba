import { describe, expect, it } from "vitest";
import { chartDownload } from "../../../src/lib/share/chartDownload.ts";
import { sourceLabel } from "../../../src/lib/share/sourceLabel.ts";

const sources = {
  a: { publisher: "ANAMA", title: "Weekly report", date: "2023-12-31", url: "https://a.example/1" },
  b: { publisher: "Landmine Monitor", title: "Azerbaijan profile", url: "https://b.example/2" },
};
const lookup = (id: string) => {
  const source = sources[id as keyof typeof sources] as (typeof sources)["a"] | undefined;
  if (!source) throw new Error(`unknown ${id}`);
  return source;
};
const table = {
  columns: [
    { key: "year", label: "Year" },
    { key: "hectares", label: "Hectares", format: "number" },
  ],
  rows: [
    { year: "2023", hectares: 53081.8, sources: "a" },
    { year: "2024", hectares: null, sources: "a b" },
  ],
};

describe("sourceLabel", () => {
  it('names a source as "Publisher, Title, date, URL", and says when it is undated', () => {
    expect(sourceLabel(sources.a)).toBe("ANAMA, Weekly report, 2023-12-31, https://a.example/1");
    expect(sourceLabel(sources.b)).toBe(
      "Landmine Monitor, Azerbaijan profile, undated, https://b.example/2",
    );
  });
});

describe("chartDownload", () => {
  it("keeps exactly the shown rows and columns, then adds source ids and spelled-out sources", () => {
    const download = chartDownload(table, lookup);
    expect(download.columns).toEqual(["year", "hectares", "sources", "source"]);
    expect(download.rows).toHaveLength(2);
    expect(download.rows[0]).toEqual({
      year: "2023",
      hectares: 53081.8,
      sources: "a",
      source: "ANAMA, Weekly report, 2023-12-31, https://a.example/1",
    });
  });

  it('joins several sources of one row with " | " and keeps a missing value missing', () => {
    const row = chartDownload(table, lookup).rows[1];
    expect(row?.["hectares"]).toBeNull();
    expect(row?.["source"]).toBe(
      "ANAMA, Weekly report, 2023-12-31, https://a.example/1 | Landmine Monitor, Azerbaijan profile, undated, https://b.example/2",
    );
  });

  it("fails loudly on a source id that does not exist", () => {
    expect(() => chartDownload({ columns: [], rows: [{ sources: "missing" }] }, lookup)).toThrow(
      /unknown missing/,
    );
  });
});
