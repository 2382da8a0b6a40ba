import { describe, expect, it } from "vitest";
import { loadDatasets } from "../../../src/lib/data/loadDatasets.ts";

describe("the committed data", () => {
  // The real gate: the same check the build runs, so a failing data/ shows up in `npm test` with every problem listed.
  it("loadDatasets() on data/ passes every schema and cross-check", () => {
    expect(() => loadDatasets()).not.toThrow();
  });
});
