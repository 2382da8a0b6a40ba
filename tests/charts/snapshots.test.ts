import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { edition } from "../../src/i18n/index.ts";
import { charts } from "../../src/charts/registry.ts";
import { renderChartData } from "../../src/charts/render/renderChart.ts";
import { chartFixture } from "./lib/chartFixture.ts";
import { normalizeSvg } from "./lib/normalizeSvg.ts";

// Like Plot's own tests: every chart drawn from a small frozen fixture (tests/charts/fixtures/<id>.json, the
// chart's data as its registry `select` returns it), never from data/, so a data correction leaves the snapshots
// alone. One stored SVG per chart and layout in __snapshots__/; on a mismatch Vitest prints the diff and the new
// SVG is written to __output__/<id>.<layout>-changed.svg to open beside the stored one.
// UPDATE_SNAPSHOTS=1 (or vitest -u) rewrites them; a missing snapshot is written locally but fails in CI.
const snapshots = join(import.meta.dirname, "__snapshots__");
const output = join(import.meta.dirname, "__output__");
const update = process.env["UPDATE_SNAPSHOTS"] === "1";

describe("chart snapshots", () => {
  for (const spec of charts) {
    for (const layout of ["narrow", "wide"] as const) {
      it(`${spec.id} (${layout}) renders the stored SVG`, async () => {
        const rendered = renderChartData(spec, chartFixture(spec.id), edition).layouts.find(
          (l) => l.layout === layout,
        );
        expect(rendered).toBeDefined();
        const actual = normalizeSvg(rendered?.svg ?? "");
        const file = join(snapshots, `${spec.id}.${layout}.svg`);
        const changed = join(output, `${spec.id}.${layout}-changed.svg`);
        if (update) {
          mkdirSync(snapshots, { recursive: true });
          writeFileSync(file, actual);
        }
        if (existsSync(file) && readFileSync(file, "utf8") !== actual) {
          mkdirSync(output, { recursive: true });
          writeFileSync(changed, actual);
        } else {
          rmSync(changed, { force: true });
        }
        await expect(actual, `${spec.id} (${layout}): see ${changed}`).toMatchFileSnapshot(file);
      });
    }
  }
});
