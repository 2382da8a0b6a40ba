import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datasets } from "../../../src/lib/data/datasets.ts";

const readme = readFileSync("data/README.md", "utf8");

describe("data/README.md", () => {
  for (const dataset of datasets) {
    it(`documents data/${dataset.file} under its own heading`, () => {
      expect(readme).toContain(`\n## data/${dataset.file}\n`);
    });
  }
});
