import type { ClearanceYear } from "../../lib/schemas/clearance.ts";
import { barRows } from "../parts/barRows.ts";
import { ITEM_TYPES, itemRows, itemsByYear } from "./rows.ts";
import type { ChartContext } from "../types.ts";

/**
 * Anti-personnel mines, anti-tank mines and unexploded ordnance found per year (items per year): three labelled
 * bars per year with a published breakdown, and "no breakdown published" (never zero) for the other years.
 */
export function itemsFound(rows: readonly ClearanceYear[], context: ChartContext): SVGSVGElement {
  const years = itemsByYear(rows);
  const max = Math.max(
    1,
    ...years.flatMap(({ row }) => (row ? ITEM_TYPES.map((type) => row[type] ?? 0) : [])),
  );
  return barRows(
    itemRows(years, context.layout, context.edition),
    { axisLabel: context.edition.strings.charts.itemsFound.axis, max, labelColumn: true },
    context,
  );
}
