import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { brokenFixture, problemLines, problemsAfter, row, type FixtureRow } from "./fixtureDir.ts";

const map = "geo/azerbaijan.topo.json";

describe("loadDatasets: references between files", () => {
  it("rejects a source id that is not in data/sources.json", () => {
    const lines = problemsAfter({
      "events.json": (rows) => void (row(rows, 0).sources = ["anama-2032"]),
    });
    expect(lines).toContain(
      'data/events.json: row 0 (key "ceasefire-2020"): field "sources.0": unknown source id "anama-2032" (not in data/sources.json)',
    );
  });

  it("checks source ids nested in claim assessments", () => {
    const lines = problemsAfter({
      "claims.json": (rows) =>
        void (row(row(rows, 0).assessments as FixtureRow[], 0).sources = ["monitor"]),
    });
    expect(lines).toContain(
      'data/claims.json: row 0 (key "maps-accuracy"): field "assessments.0.sources.0": unknown source id "monitor" (not in data/sources.json)',
    );
  });

  it("checks source ids nested in district facts", () => {
    const lines = problemsAfter({
      "districts.json": (rows) => void (row(row(rows, 2).facts as FixtureRow[], 0).sources = ["x"]),
    });
    expect(lines).toEqual([
      'data/districts.json: row 2 (key "AZ-AGM"): field "facts.0.sources": must be ["anama-2023"], the sources of its evidence (run npm run data:sources)',
      'data/districts.json: row 2 (key "AZ-AGM"): field "facts.0.sources.0": unknown source id "x" (not in data/sources.json)',
    ]);
  });

  it("rejects a source that no row cites", () => {
    const lines = problemsAfter({
      "sources.json": (rows) => [
        ...rows,
        { ...row(rows, 1), id: "unused-2025", url: "https://example.org/unused" },
      ],
    });
    expect(lines).toEqual([
      'data/sources.json: row 2 (key "unused-2025"): field "id": no row cites this source (a typo in a row\'s sources, or a leftover to delete?)',
    ]);
  });

  it("rejects a district id that is not a rayon on the map", () => {
    const lines = problemsAfter({
      [map]: (topo) => {
        const rayons = (
          topo as unknown as { objects: { rayons: { geometries: { id: string }[] } } }
        ).objects.rayons;
        rayons.geometries = rayons.geometries.filter(({ id }) => id !== "AZ-SUS");
      },
    });
    expect(lines).toEqual([
      'data/districts.json: row 7 (key "AZ-SUS"): field "id": "AZ-SUS" is not a rayon id in data/geo/azerbaijan.topo.json',
    ]);
  });

  it("rejects a district outside the 14 focus districts and names the missing ones", () => {
    const lines = problemsAfter({ "districts.json": (rows) => void (row(rows, 0).id = "AZ-BA") });
    expect(lines).toEqual([
      "data/districts.json: focus districts missing: AZ-XA",
      'data/districts.json: row 0 (key "AZ-BA"): field "id": "AZ-BA" is not one of the 14 focus districts',
    ]);
  });

  it("reports a missing map file once", () => {
    const dir = brokenFixture({});
    rmSync(join(dir, map));
    expect(problemLines(dir)).toEqual([
      `data/geo/azerbaijan.topo.json: file is missing (looked for ${join(dir, map)})`,
    ]);
  });

  it("rejects a map handover that points to an unknown event", () => {
    const lines = problemsAfter({
      "districts.json": (rows) =>
        void (row(row(rows, 2).mapHandovers as FixtureRow[], 0).eventId = "handover-x"),
    });
    expect(lines).toEqual([
      'data/districts.json: row 2 (key "AZ-AGM"): field "mapHandovers.0.eventId": unknown event id "handover-x" (not in data/events.json)',
    ]);
  });
});
