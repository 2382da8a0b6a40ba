import type { RenderedChart } from "../../../src/charts/render/renderChart.ts";
import type { Layout } from "../../../src/charts/types.ts";
import type { SvgNode } from "../../../src/lib/share/svgTree.ts";

/** One text a reader sees or hears, and where it is. */
export interface VisibleText {
  where: string;
  text: string;
}

// Attributes a screen reader reads out; everything else in an SVG is geometry, style or ids.
const SPOKEN = new Set(["aria-label", "aria-description", "aria-roledescription"]);

/** The characters of a node, its descendants' included. */
function contentOf(node: SvgNode): string {
  return typeof node === "string" ? node : node.children.map(contentOf).join("\n");
}

// One <text> is one text, whatever its lines: a wrapped label splits a string of the edition over several <tspan>s.
function svgTexts(node: SvgNode, where: string, out: VisibleText[]): void {
  if (typeof node === "string") {
    if (node.trim() !== "") out.push({ where, text: node });
    return;
  }
  for (const [name, value] of node.attributes) {
    if (SPOKEN.has(name)) out.push({ where: `${where} <${node.name} ${name}>`, text: value });
  }
  if (node.name === "text") {
    out.push({ where: `${where} <text>`, text: contentOf(node) });
    return;
  }
  for (const child of node.children) svgTexts(child, `${where} <${node.name}>`, out);
}

/**
 * Every text of one layout of a rendered chart that a reader sees or hears: the SVG's text content and spoken
 * attributes (tooltips are aria-labels), its alt text, its table's headers and text cells, and the site's methods
 * its number cells name (`calc`). Date cells are left out: they hold ISO dates that the page formats in the
 * edition's locale.
 */
export function visibleTexts(chart: RenderedChart, layout: Layout): VisibleText[] {
  const out: VisibleText[] = [{ where: "alt text", text: chart.altText }];
  const rendered = chart.layouts.find((l) => l.layout === layout);
  if (rendered === undefined) throw new Error(`${chart.id} has no ${layout} layout`);
  svgTexts(rendered.tree, layout, out);
  for (const column of chart.table.columns) {
    out.push({ where: `table header ${column.key}`, text: column.label });
  }
  chart.table.rows.forEach((row, index) => {
    for (const column of chart.table.columns) {
      const value = row[column.key];
      if (typeof value === "string" && column.format !== "date") {
        out.push({ where: `table row ${String(index)} ${column.key}`, text: value });
      }
    }
    for (const [key, source] of Object.entries(chart.table.provenance?.[index] ?? {})) {
      if ("calc" in source)
        out.push({ where: `table row ${String(index)} ${key} method`, text: source.calc });
    }
  });
  return out;
}
