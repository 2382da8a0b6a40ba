import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findDuplicateKeys } from "../../../src/lib/data/findDuplicateKeys.ts";
import { brokenFixture, problemLines, problemsAfter, row } from "./fixtureDir.ts";

const sources = 'data/sources.json: row 0 (key "anama-2023")';
const event = 'data/events.json: row 0 (key "ceasefire-2020")';

describe("findDuplicateKeys(text)", () => {
  it("finds a key written twice in one object, at any depth, with the object's path", () => {
    const text = '[{"a":1,"b":"x\\":","a":2},{"r":[{"s":1,"s":{"t":1}}],"k":"\\\\","k":3}]';
    expect(findDuplicateKeys(text)).toEqual([
      { path: [0], key: "a" },
      { path: [1, "r", 0], key: "s" },
      { path: [1], key: "k" },
    ]);
  });

  it("does not confuse the same key in sibling objects, or a string value, with a duplicate", () => {
    expect(findDuplicateKeys('[{"a":"a"},{"a":["a","a"]}]')).toEqual([]);
  });
});

describe("loadDatasets: what JSON.parse lets through", () => {
  it("rejects a key written twice in a row, naming file, row and field", () => {
    const lines = problemsAfter({
      "sources.json": (rows) =>
        JSON.stringify(rows, null, 2).replace('"title": ', '"title": "Hidden", "title": '),
    });
    expect(lines).toEqual([
      'data/sources.json: row 0: field "title": is written twice in the same object; JSON keeps only the later value, so delete one',
    ]);
  });

  it("names 1e999 as a number too large to be finite, never as null", () => {
    const lines = problemsAfter({
      "casualties-running-totals.json": (rows) =>
        JSON.stringify(rows, null, 2).replace('"killed": 60', '"killed": 1e999'),
    });
    expect(lines).toEqual([
      'data/casualties-running-totals.json: row 0: field "killed": is not a finite number (too large for a number: it reads as Infinity)',
    ]);
  });
});

describe("loadDatasets: spans", () => {
  it("rejects an event whose endDate comes before its date", () => {
    const lines = problemsAfter({
      "events.json": (rows) => void (row(rows, 0).endDate = "2020-11-09"),
    });
    expect(lines).toEqual([
      `${event}: field "endDate": "2020-11-09" comes before date "2020-11-10"; a span cannot end before it starts`,
    ]);
  });

  it("rejects a casualty year whose periodEnd comes before its periodStart", () => {
    const lines = problemsAfter({
      "casualties-by-year.json": (rows) => void (row(rows, 0).periodEnd = "2022-12-31"),
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^data\/casualties-by-year\.json: row 0 .*: field "periodEnd": "2022-12-31" comes before periodStart "2023-01-01"/,
      ),
    );
  });

  it("rejects a clearance part-year whose periodEnd comes before its periodStart", () => {
    const lines = problemsAfter({
      "clearance-by-year.json": (rows) => void (row(rows, 0).periodEnd = "2023-01"),
    });
    expect(lines).toContainEqual(
      expect.stringMatching(/^data\/clearance-by-year\.json: row 0 .*: field "periodEnd": /),
    );
  });

  it("accepts a month and a day of that month as a span (the month holds the day)", () => {
    const lines = problemsAfter({
      "events.json": (rows) =>
        void Object.assign(row(rows, 0), { date: "2020-11", endDate: "2020-11" }),
    });
    expect(lines).toEqual([]);
  });
});

describe("loadDatasets: text", () => {
  it.each([
    ["\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE"],
    ["\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE"],
    ["\u200f", "U+200F RIGHT-TO-LEFT MARK"],
    ["\u200b", "U+200B ZERO WIDTH SPACE"],
    ["\n", "U+000A LINE FEED"],
    ["\u0007", "U+0007"],
  ])("rejects an invisible character (%j) in a source title, naming it", (character, label) => {
    const lines = problemsAfter({
      "sources.json": (rows) => void (row(rows, 0).title = `Mine ${character}victims`),
    });
    expect(lines).toEqual([
      `${sources}: field "title": has the invisible character ${label} at character 6; bidi controls, control codes and zero-width marks are not allowed in text, so delete it`,
    ]);
  });

  it("rejects an invisible character in a district's Azerbaijani name", () => {
    const lines = problemsAfter({
      "districts.json": (rows) => void (row(rows, 0).nameAz = "Xan\u202dkəndi"),
    });
    expect(lines).toEqual([
      'data/districts.json: row 0 (key "AZ-XA"): field "nameAz": has the invisible character U+202D LEFT-TO-RIGHT OVERRIDE at character 4; bidi controls, control codes and zero-width marks are not allowed in text, so delete it',
    ]);
  });

  it("accepts Azerbaijani, Russian and the zero-width joiners some scripts need", () => {
    const lines = problemsAfter({
      "sources.json": (rows) => void (row(rows, 0).title = "Mina qurbanları — жертвы мин ‌‍"),
    });
    expect(lines).toEqual([]);
  });

  it("rejects a 10,000-character source title", () => {
    const lines = problemsAfter({
      "sources.json": (rows) => void (row(rows, 0).title = "A".repeat(10_000)),
    });
    expect(lines).toEqual([
      `${sources}: field "title": is 10000 characters long; this field allows at most 300`,
    ]);
  });

  it("rejects a district name longer than a chart label can hold", () => {
    const lines = problemsAfter({
      "districts.json": (rows) => void (row(rows, 0).nameEn = "Khankendi".repeat(20)),
    });
    expect(lines).toEqual([
      'data/districts.json: row 0 (key "AZ-XA"): field "nameEn": is 180 characters long; this field allows at most 40',
    ]);
  });
});

describe("loadDatasets: files outside the data folder", () => {
  const outside = mkdtempSync(join(tmpdir(), "outside-"));
  const secret = join(outside, "secret.json");
  writeFileSync(secret, '"root:x:0:0:secret-content"');

  it("refuses a data file that is a symbolic link out of the folder, without reading it", () => {
    const dir = brokenFixture({});
    rmSync(join(dir, "donors.json"));
    symlinkSync(secret, join(dir, "donors.json"));
    const lines = problemLines(dir);
    expect(lines).toEqual([
      "data/donors.json: resolves outside the data folder (a symbolic link?); the build reads only files inside it",
    ]);
    expect(lines.join("\n")).not.toContain("secret-content");
  });

  it("refuses a geo folder that is a symbolic link out of the data folder", () => {
    const dir = brokenFixture({});
    rmSync(join(dir, "geo"), { recursive: true });
    symlinkSync(outside, join(dir, "geo"));
    writeFileSync(join(outside, "azerbaijan.topo.json"), "not json: secret-content");
    const lines = problemLines(dir);
    expect(lines).toEqual([
      "data/geo/azerbaijan.topo.json: resolves outside the data folder (a symbolic link?); the build reads only files inside it",
    ]);
    expect(lines.join("\n")).not.toContain("secret-content");
  });
});
