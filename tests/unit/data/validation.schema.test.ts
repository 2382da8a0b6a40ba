import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDatasets } from "../../../src/lib/data/loadDatasets.ts";
import {
  brokenFixture,
  problemLines,
  problemsAfter,
  row,
  validFixture,
  type FixtureRow,
} from "./fixtureDir.ts";

const casualties = "casualties-running-totals.json";
const at = 'data/casualties-running-totals.json: row 0 (key "2023-09-19/ANAMA")';

describe("loadDatasets: schemas", () => {
  it("loadDatasets(dir) returns every dataset's rows by name, with schema defaults filled in", () => {
    const datasets = loadDatasets(validFixture);
    expect(datasets.casualtyRunningTotals.map((r) => r.total)).toEqual([300, 345]);
    expect(datasets.casualtyRunningTotals[0]?.qualifier).toBe("exact");
    expect(datasets.districts).toHaveLength(14);
    expect(datasets.donors).toEqual([]);
  });

  it("loadDatasets(dir) returns the same object for the same directory (memoized)", () => {
    expect(loadDatasets(validFixture)).toBe(loadDatasets(validFixture));
  });

  it("rejects a fractional count, naming file, row, key, field and value", () => {
    const lines = problemsAfter({ [casualties]: (rows) => void (row(rows, 0).killed = 61.5) });
    expect(lines).toEqual([`${at}: field "killed": expected a whole number, got 61.5`]);
  });

  it("rejects a number written as a string", () => {
    const lines = problemsAfter({ [casualties]: (rows) => void (row(rows, 0).killed = "60") });
    expect(lines).toEqual([`${at}: field "killed": expected a number, got "60"`]);
  });

  it("rejects a negative count with the schema's own words", () => {
    const lines = problemsAfter({ [casualties]: (rows) => void (row(rows, 0).injured = -1) });
    expect(lines).toEqual([`${at}: field "injured": must not be negative, got -1`]);
  });

  it("rejects a missing field and says to write null instead", () => {
    const lines = problemsAfter({
      [casualties]: (rows) => {
        delete row(rows, 0).injuredMilitary;
      },
    });
    expect(lines).toEqual([
      `${at}: field "injuredMilitary": is missing (write null where the source gives no value)`,
    ]);
  });

  it("rejects an unknown field (a typo) at the field's own path", () => {
    const lines = problemsAfter({ [casualties]: (rows) => void (row(rows, 0).kiled = 60) });
    expect(lines).toEqual([`${at}: field "kiled": is not a field of this dataset (a typo?)`]);
  });

  it("rejects an impossible calendar date", () => {
    const lines = problemsAfter({
      [casualties]: (rows) => void (row(rows, 0).asOf = "2023-02-30"),
    });
    expect(lines).toEqual([
      'data/casualties-running-totals.json: row 0 (key "2023-02-30/ANAMA"): field "asOf": is not a real calendar date, got "2023-02-30"',
    ]);
  });

  it("rejects a value outside an enum, listing the allowed ones", () => {
    const lines = problemsAfter({ [casualties]: (rows) => void (row(rows, 0).scope = "karabakh") });
    expect(lines).toEqual([
      `${at}: field "scope": expected one of "all-azerbaijan", "regained-territories", "civilians-only", got "karabakh"`,
    ]);
  });

  it("names a nested field by its dot path", () => {
    const lines = problemsAfter({
      "claims.json": (rows) => void (row(row(rows, 0).assessments as FixtureRow[], 0).sources = []),
    });
    expect(lines).toContain(
      'data/claims.json: row 0 (key "maps-accuracy"): field "assessments.0.sources": must have at least 1 item, got []',
    );
  });

  it("shows ? for the missing parts of an invalid row's key", () => {
    const lines = problemsAfter({
      [casualties]: (rows) => {
        delete row(rows, 0).reportedBy;
      },
    });
    expect(lines).toEqual([
      'data/casualties-running-totals.json: row 0 (key "2023-09-19/?"): field "reportedBy": is missing (write null where the source gives no value)',
    ]);
  });

  it("accepts a source dated only by year (annual reports) or undated, and rejects a circa date", () => {
    const dated = (date: string | undefined) =>
      problemsAfter({
        "sources.json": (rows) => {
          const source = row(rows, 1);
          if (date === undefined) delete source.date;
          else source.date = date;
        },
      });
    expect(dated("2024")).toEqual([]);
    expect(dated(undefined)).toEqual([]);
    expect(dated("c.2024-05")).toEqual([
      'data/sources.json: row 1 (key "monitor-2024"): field "date": must be an ISO date YYYY-MM-DD or YYYY-MM, or a year YYYY, got "c.2024-05"',
    ]);
  });

  it("reports a missing file by name", () => {
    const dir = brokenFixture({});
    rmSync(join(dir, "donors.json"));
    expect(problemLines(dir)).toEqual([
      `data/donors.json: file is missing (looked for ${join(dir, "donors.json")})`,
    ]);
  });

  it("reports invalid JSON with the parse position", () => {
    const [line] = problemsAfter({ "donors.json": () => '[\n  { "id": "x", }\n]' });
    expect(line).toMatch(/^data\/donors\.json: invalid JSON: .*\(line 2 column \d+\)$/);
  });

  it("rejects a file that is not an array of rows", () => {
    const lines = problemsAfter({ "donors.json": () => ({ rows: [] }) });
    expect(lines).toEqual(["data/donors.json: must be a JSON array of rows, got object"]);
  });

  it("collects every problem of a run into one error, one per line, files in order", () => {
    const lines = problemsAfter({
      "events.json": (rows) => void (row(rows, 0).category = "war"),
      [casualties]: (rows) => {
        row(rows, 0).killed = 61.5;
        row(rows, 1).total = -2;
      },
    });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^data\/casualties-running-totals\.json: row 0 /);
    expect(lines[1]).toMatch(
      /^data\/casualties-running-totals\.json: row 1 .*"total": must not be negative, got -2$/,
    );
    expect(lines[2]).toMatch(/^data\/events\.json: row 0 .*"category": expected one of/);
  });
});
