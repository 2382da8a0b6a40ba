import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { charts } from "../../src/charts/registry.ts";
import { renderChart } from "../../src/charts/render/renderChart.ts";
import { loadDatasets } from "../../src/lib/data/loadDatasets.ts";
import { normalizeSvg } from "./normalizeSvg.ts";

// Like Plot's own tests: one stored SVG per chart and layout; on a mismatch a -changed.svg is written beside it.
// UPDATE_SNAPSHOTS=1 rewrites them; a missing snapshot is written locally but fails in CI.
const dir = join(import.meta.dirname, "__snapshots__");
const update = process.env["UPDATE_SNAPSHOTS"] === "1";
const datasets = loadDatasets();

describe("chart snapshots", () => {
  for (const spec of charts) {
    for (const layout of ["narrow", "wide"] as const) {
      it(`${spec.id} (${layout}) renders the stored SVG`, () => {
        const rendered = renderChart(spec, datasets).layouts.find((l) => l.layout === layout);
        expect(rendered).toBeDefined();
        const actual = normalizeSvg(rendered?.svg ?? "");
        const file = join(dir, `${spec.id}.${layout}.svg`);
        const changed = file.replace(/\.svg$/, "-changed.svg");
        if (update || (!existsSync(file) && !process.env["CI"])) {
          mkdirSync(dir, { recursive: true });
          writeFileSync(file, actual);
        }
        expect(
          existsSync(file),
          `missing snapshot ${file}: run UPDATE_SNAPSHOTS=1 npx vitest run tests/charts`,
        ).toBe(true);
        const expected = readFileSync(file, "utf8");
        if (actual === expected) {
          rmSync(changed, { force: true });
        } else {
          writeFileSync(changed, actual);
        }
        expect(
          actual === expected,
          `${spec.id} (${layout}) differs from its snapshot; see ${changed}`,
        ).toBe(true);
      });
    }
  }
});
