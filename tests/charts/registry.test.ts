import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as benchmarkList from "../../src/charts/index.ts";
import { charts } from "../../src/charts/registry.ts";

const chartsDir = join(import.meta.dirname, "..", "..", "src", "charts");
// Folders of src/charts/ that are not a chart: shared parts and the SVG finishing.
const NOT_CHARTS = new Set(["parts", "render"]);

describe("chart registry", () => {
  it("the benchmark's list (src/charts/index.ts) exports one chart function per registry chart, from its folder", () => {
    const source = readFileSync(join(chartsDir, "index.ts"), "utf8");
    const listed = [...source.matchAll(/^export \{ \w+ \} from "\.\/([\w-]+)\/chart\.ts";$/gm)]
      .map((match) => match[1])
      .sort();
    expect(listed).toEqual(charts.map((spec) => spec.id).sort());
    expect(Object.keys(benchmarkList)).toHaveLength(charts.length);
    for (const render of Object.values(benchmarkList)) expect(typeof render).toBe("function");
  });

  it("has one folder per registry chart, named by its id, and no other chart folder", () => {
    const folders = readdirSync(chartsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !NOT_CHARTS.has(entry.name))
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(charts.map((spec) => spec.id).sort());
  });

  it("gives every chart a frozen snapshot fixture and a unique id", () => {
    const fixtures = readdirSync(join(import.meta.dirname, "fixtures"));
    for (const spec of charts) expect(fixtures).toContain(`${spec.id}.json`);
    expect(new Set(charts.map((spec) => spec.id)).size).toBe(charts.length);
  });
});
