import { describe, expect, it } from "vitest";
import { problemsAfter, row } from "./fixtureDir.ts";

const world = "global-casualties.json";
const row0 = 'data/global-casualties.json: row 0 (key "2023")';

describe("validation of casualties whose status is unknown", () => {
  it("accepts a total of killed + injured + unknownStatus", () => {
    const lines = problemsAfter({
      [world]: (rows) =>
        void Object.assign(row(rows, 0), { total: 50, killed: 10, injured: 38, unknownStatus: 2 }),
    });
    expect(lines).toEqual([]);
  });

  it("rejects a total that is not killed + injured + unknownStatus, naming all three parts", () => {
    const lines = problemsAfter({ [world]: (rows) => void (row(rows, 0).unknownStatus = 5) });
    expect(lines).toEqual([
      `${row0}: field "total": killed (10) + injured (38) + unknownStatus (5) = 53, but total is 50`,
    ]);
  });

  it("counts a missing unknownStatus as 0 and says so", () => {
    const lines = problemsAfter({ [world]: (rows) => void (row(rows, 0).unknownStatus = null) });
    expect(lines).toEqual([
      `${row0}: field "total": killed (10) + injured (38) + unknownStatus (not given, counted as 0) = 48, but total is 50`,
    ]);
  });
});
