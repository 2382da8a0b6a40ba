import { describe, expect, it } from "vitest";
import { problemsAfter, row } from "./fixtureDir.ts";

const casualties = "casualties-running-totals.json";
const row1 = 'data/casualties-running-totals.json: row 1 (key "2024-02-14/ANAMA")';

describe("loadDatasets: cross-checks within a file", () => {
  it("rejects a total that is not killed + injured", () => {
    const lines = problemsAfter({ [casualties]: (rows) => void (row(rows, 1).total = 346) });
    expect(lines).toEqual([
      `${row1}: field "total": killed (65) + injured (280) = 345, but total is 346`,
    ]);
  });

  it("checks a derived (site-computed) total adds up too", () => {
    const lines = problemsAfter({
      [casualties]: (rows) => {
        Object.assign(row(rows, 1), {
          total: 340,
          derived: { method: "killed plus injured, summed by the site", fields: ["total"] },
        });
      },
    });
    expect(lines).toEqual([
      `${row1}: field "total": killed (65) + injured (280) = 345, but total is 340`,
    ]);
  });

  it("rejects civilian + military deaths that differ from killed", () => {
    const lines = problemsAfter({
      [casualties]: (rows) => void (row(rows, 0).killedMilitary = 11),
    });
    expect(lines).toEqual([
      'data/casualties-running-totals.json: row 0 (key "2023-09-19/ANAMA"): field "killed": killedCivilian (50) + killedMilitary (11) = 61, but killed is 60',
    ]);
  });

  it("skips a sum where one of its numbers is missing (null)", () => {
    const lines = problemsAfter({
      [casualties]: (rows) => void Object.assign(row(rows, 1), { total: 999, injured: null }),
    });
    expect(lines).toEqual([]);
  });

  it("checks sums in yearly rows as well", () => {
    const lines = problemsAfter({
      "casualties-by-year.json": (rows) => void (row(rows, 0).killed = 11),
    });
    expect(lines).toEqual([
      'data/casualties-by-year.json: row 0 (key "2023/2023-01-01..2023-12-31/Landmine Monitor"): field "total": killed (11) + injured (40) = 51, but total is 50',
    ]);
  });

  it("rejects rows out of date order, naming the row that breaks it", () => {
    const lines = problemsAfter({
      [casualties]: (rows) => void (row(rows, 1).asOf = "2023-09-01"),
    });
    expect(lines).toEqual([
      'data/casualties-running-totals.json: row 1 (key "2023-09-01/ANAMA"): field "asOf": "2023-09-01" comes after "2023-09-19" (row 0); rows must be sorted by asOf, earliest first',
    ]);
  });

  it("allows a month-only date before days of the same month", () => {
    const lines = problemsAfter({
      "clearance-running-totals.json": (rows) => void (row(rows, 1).asOf = "2023-01-31"),
    });
    expect(lines).toEqual([]);
  });

  it("rejects two rows with the same key", () => {
    const lines = problemsAfter({
      [casualties]: (rows) => {
        Object.assign(row(rows, 1), { asOf: "2023-09-19", total: 300, killed: 60, injured: 240 });
      },
    });
    expect(lines).toEqual([
      'data/casualties-running-totals.json: row 1 (key "2023-09-19/ANAMA"): duplicate key: row 0 has the same key',
    ]);
  });

  it("rejects a running total that goes down without a note", () => {
    const lines = problemsAfter({
      [casualties]: (rows) =>
        void Object.assign(row(rows, 1), { total: 290, killed: 50, injured: 240 }),
    });
    expect(lines).toEqual([
      `${row1}: field "total": 290 is lower than 300 in row 0 (key "2023-09-19/ANAMA") of the same series (ANAMA, all-azerbaijan); a running total that goes down needs a note saying why`,
      `${row1}: field "killed": 50 is lower than 60 in row 0 (key "2023-09-19/ANAMA") of the same series (ANAMA, all-azerbaijan); a running total that goes down needs a note saying why`,
    ]);
  });

  it("accepts a running total that goes down when the lower row has a note", () => {
    const lines = problemsAfter({
      [casualties]: (rows) => {
        Object.assign(row(rows, 1), {
          total: 290,
          killed: 50,
          injured: 240,
          note: "ANAMA revised its count.",
        });
      },
    });
    expect(lines).toEqual([]);
  });

  it("does not compare running totals of different scopes", () => {
    const lines = problemsAfter({
      [casualties]: (rows) => {
        Object.assign(row(rows, 1), {
          total: 290,
          killed: 50,
          injured: 240,
          scope: "civilians-only",
        });
      },
    });
    expect(lines).toEqual([]);
  });

  it("rejects cleared hectares that go down within one series", () => {
    const lines = problemsAfter({
      "clearance-running-totals.json": (rows) => void (row(rows, 1).hectares = 90000),
    });
    expect(lines).toEqual([
      'data/clearance-running-totals.json: row 1 (key "2024-01/ANAMA"): field "hectares": 90000 is lower than 100000.5 in row 0 (key "2023-01/ANAMA") of the same series (ANAMA, all operators); a running total that goes down needs a note saying why',
    ]);
  });
});
