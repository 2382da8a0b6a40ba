import type { ContaminationEstimate } from "../../lib/schemas/contamination.ts";
import { barRows } from "../parts/barRows.ts";
import type { BarRow } from "../parts/barRow.ts";
import { areaRows, mineRows } from "./rows.ts";
import { stackPanels } from "../parts/panelStack.ts";
import type { ChartContext } from "../types.ts";

/** The largest x value of some bar rows (the end of the longest bar). */
function longest(rows: readonly BarRow[]): number {
  return Math.max(
    0,
    ...rows.flatMap((row) => (row.kind === "bar" ? row.segments.map((s) => s.x2) : [])),
  );
}

/**
 * Competing estimates of the contaminated area (km²; hectares converted) and of the number of mines, beside
 * what maps show and what has been found (mines or items), in two stacked panels of one SVG.
 */
export function contaminationEstimates(
  rows: readonly ContaminationEstimate[],
  context: ChartContext,
): SVGSVGElement {
  const t = context.edition.strings.charts.contaminationEstimates;
  const area: BarRow[] = [
    { kind: "header", label: t.areaHeading },
    ...areaRows(rows, context.edition),
  ];
  const mines = mineRows(rows, context.edition);
  const panels = [
    barRows(area, { axisLabel: t.areaAxis, max: longest(area) }, context),
    barRows(mines, { axisLabel: t.minesAxis, max: longest(mines) }, context),
  ];
  return stackPanels(panels, context.width, context.document);
}
