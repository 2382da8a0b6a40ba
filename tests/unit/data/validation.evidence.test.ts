import { describe, expect, it } from "vitest";
import { problemLines, problemsAfter, row, validFixture, type FixtureRow } from "./fixtureDir.ts";

const byId = (rows: readonly FixtureRow[], id: string): FixtureRow => {
  const found = rows.find((candidate) => candidate["id"] === id);
  if (!found) throw new Error(`fixture has no evidence "${id}"`);
  return found;
};

const casualties = "casualties-running-totals.json";
const row1 = 'data/casualties-running-totals.json: row 1 (key "2024-02-14/ANAMA")';
const quote2024 =
  'victims-2024: "The number of mine victims has reached 345: 65 killed, 280 injured."';

describe("loadDatasets: every number against its evidence", () => {
  it("accepts the valid fixture, whose every number is in its quote", () => {
    expect(problemLines(validFixture, { evidence: true })).toEqual([]);
  });

  it("rejects a number that is not in its quote, naming file, row, field, number and quote", () => {
    const lines = problemsAfter(
      { [casualties]: (rows) => void Object.assign(row(rows, 1), { injured: 281, total: 346 }) },
      { evidence: true },
    );
    expect(lines).toEqual([
      `${row1}: field "total": 346 is not stated in its evidence (${quote2024}); if the site computed it, list "total" in derived.fields`,
      `${row1}: field "injured": 281 is not stated in its evidence (${quote2024}); if the site computed it, list "injured" in derived.fields`,
    ]);
  });

  it("rejects a row that drops its quote's qualifier", () => {
    const lines = problemsAfter(
      {
        "evidence.json": (rows) =>
          void (byId(rows, "cleared-2023").quote =
            "More than 100,000.5 hectares have been cleared so far."),
      },
      { evidence: true },
    );
    expect(lines).toEqual([
      'data/clearance-running-totals.json: row 0 (key "2023-01/ANAMA"): field "hectares": the quote qualifies 100000.5 with "more-than" ("100,000.5" in cleared-2023: "More than 100,000.5 hectares have been cleared so far.") but the row has no qualifier',
    ]);
  });

  it("accepts the qualifier when the row carries it", () => {
    const lines = problemsAfter(
      {
        "evidence.json": (rows) =>
          void (byId(rows, "cleared-2023").quote =
            "More than 100,000.5 hectares have been cleared so far."),
        "clearance-running-totals.json": (rows) => void (row(rows, 0).qualifier = "more-than"),
      },
      { evidence: true },
    );
    expect(lines).toEqual([]);
  });

  it("rejects a site sum that is not marked as the site's calculation, and accepts it once marked", () => {
    const summed = (rows: FixtureRow[]) =>
      void (byId(rows, "victims-2023").quote =
        "60 were killed, 50 of them civilians and 10 military, and 240 were injured.");
    expect(problemsAfter({ "evidence.json": summed }, { evidence: true })).toEqual([
      'data/casualties-running-totals.json: row 0 (key "2023-09-19/ANAMA"): field "total": 300 is not stated in its evidence (victims-2023: "60 were killed, 50 of them civilians and 10 military, and 240 were injured."); if the site computed it, list "total" in derived.fields',
    ]);
    const marked = problemsAfter(
      {
        "evidence.json": summed,
        [casualties]: (rows) =>
          void (row(rows, 0).derived = {
            method: "total = killed + injured, summed by the site",
            fields: ["total"],
          }),
      },
      { evidence: true },
    );
    expect(marked).toEqual([]);
  });

  it("rejects a date its quote does not support where the quote states one, naming the dates it does state", () => {
    const dated = (day: string) => (rows: FixtureRow[]) =>
      void (byId(rows, "victims-2024").quote =
        `By ${day} February 2024 the number of mine victims had reached 345: 65 killed, 280 injured.`);
    expect(problemsAfter({ "evidence.json": dated("14") }, { evidence: true })).toEqual([]);
    expect(problemsAfter({ "evidence.json": dated("12") }, { evidence: true })).toEqual([
      `${row1}: field "asOf": 2024-02-14 is neither a date its evidence states ("12 February 2024" in victims-2024) nor the publication date of its source (2023-09-19)`,
    ]);
  });

  it("accepts a date the quote does not state when it is its source's publication date (a total 'to date')", () => {
    const lines = problemsAfter(
      {
        "evidence.json": (rows) =>
          void (byId(rows, "victims-2023").quote =
            "Since 10 November 2020, 300 people have been victims of mines: 60 killed, 50 of them civilians and 10 military, and 240 injured."),
      },
      { evidence: true },
    );
    expect(lines).toEqual([]);
  });

  it("rejects an unknown evidence id and evidence that no row cites", () => {
    const lines = problemsAfter({
      [casualties]: (rows) => void (row(rows, 1).evidence = ["victims-2025"]),
    });
    expect(lines).toContain(
      `${row1}: field "evidence": unknown evidence id "victims-2025" (not in data/evidence.json)`,
    );
    expect(lines).toContain(
      'data/evidence.json: row 10 (key "victims-2024"): field "id": no row cites this evidence (a typo in a row\'s evidence, or a leftover to delete?)',
    );
  });

  it("rejects a quote in another language without an English translation", () => {
    const lines = problemsAfter({
      "evidence.json": (rows) => {
        delete byId(rows, "cleared-2024").translation;
      },
    });
    expect(lines).toEqual([
      'data/evidence.json: row 3 (key "cleared-2024"): field "translation": a quote in "az" needs an English translation, got nothing',
    ]);
  });
});
