import { describe, expect, it } from "vitest";
import { charts } from "../../src/charts/registry.ts";
import {
  LAYOUT_WIDTHS,
  renderChartData,
  type RenderedChart,
} from "../../src/charts/render/renderChart.ts";
import type { Layout } from "../../src/charts/types.ts";
import { edition as english } from "../../src/i18n/index.ts";
import { chartFixture } from "./lib/chartFixture.ts";
import { pseudoEdition } from "./lib/pseudoEdition.ts";
import { englishNumbers } from "./lib/englishNumbers.ts";
import { untranslatedRuns } from "./lib/untranslatedRuns.ts";
import { visibleTexts } from "./lib/visibleTexts.ts";

const pseudo = pseudoEdition(english.strings);

/** Everything a rendered chart gives a page, as one string to compare. */
const output = (chart: RenderedChart): string =>
  JSON.stringify([chart.text, chart.altText, chart.table, chart.layouts.map((l) => l.svg)]);

describe("editions", () => {
  it("one process renders how-much-land in English, then a pseudo-locale, then English again, identically", () => {
    const spec = charts.find((chart) => chart.id === "how-much-land");
    if (spec === undefined) throw new Error("how-much-land is not in the registry");
    const data = chartFixture(spec.id);
    const first = renderChartData(spec, data, english);
    const other = renderChartData(spec, data, pseudo);
    const again = renderChartData(spec, data, english);
    expect(output(again)).toBe(output(first));
    const title = english.strings.charts.contaminationEstimates.title;
    expect(first.text.title).toBe(title);
    expect(other.text.title).toBe(`[${title}]`);
    // Numbers and dates in the edition's locale: "1.500.000" and "Dezember 2025", never "1,500,000".
    const wide = other.layouts.find((layout) => layout.layout === "wide")?.svg ?? "";
    expect(wide).toContain("[about] 1.500.000 [mines]");
    expect(wide).not.toContain("1,500,000");
    expect(other.altText).toContain("Dezember 2025");
    expect(other.altText.startsWith("[")).toBe(true);
  });

  for (const spec of charts) {
    it(`${spec.id} takes every word of its SVG, alt text and table from the edition`, () => {
      const data = chartFixture(spec.id);
      const first = renderChartData(spec, data, english);
      const other = renderChartData(spec, data, pseudo);
      expect(output(renderChartData(spec, data, english))).toBe(output(first));
      expect(output(other)).not.toBe(output(first));
      expect(other.altText).toMatch(/^\[/);
      expect(other.table.columns.every((column) => column.label.startsWith("["))).toBe(true);
    });
  }

  for (const spec of charts) {
    for (const layout of Object.keys(LAYOUT_WIDTHS) as Layout[]) {
      it(`${spec.id} (${layout}) shows no English word that bypassed the edition`, () => {
        const rendered = renderChartData(spec, chartFixture(spec.id), pseudo);
        const leaks = visibleTexts(rendered, layout)
          .map(({ where, text }) => ({ where, text, words: untranslatedRuns(text) }))
          .filter(({ words }) => words.length > 0);
        expect(leaks).toEqual([]);
      });

      it(`${spec.id} (${layout}) writes every number of its own in the edition's locale`, () => {
        const rendered = renderChartData(spec, chartFixture(spec.id), pseudo);
        const english = visibleTexts(rendered, layout)
          .map(({ where, text }) => ({ where, text, numbers: englishNumbers(text) }))
          .filter(({ numbers }) => numbers.length > 0);
        expect(english).toEqual([]);
      });
    }
  }
});
