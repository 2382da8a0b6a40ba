import type { Edition } from "../../i18n/edition.ts";
import { TIMELINE_GROUPS } from "./groups.ts";
import { groupSymbol } from "./symbols.ts";
import { svgElement } from "../parts/svgElement.ts";
import { textWidth } from "../parts/textMeasure.ts";
import { colors } from "../parts/theme.ts";

/** Height of one row of the key, in pixels. */
const ROW = 20;

/** The compact key: each group's symbol and name, flowing left to right in rows; returns the group and its height. */
export function timelineKey(
  document: Document,
  { width, columns, fontSize }: { width: number; columns?: number; fontSize: number },
  edition: Edition,
): { element: SVGGElement; height: number } {
  const t = edition.strings.charts.eventTimeline.groups;
  const items: Element[] = [];
  let x = 0;
  let row = 0;
  TIMELINE_GROUPS.forEach((group, index) => {
    const itemWidth = columns ? width / columns : 22 + textWidth(t[group], fontSize) + 16;
    const wraps = columns ? index > 0 && index % columns === 0 : x > 0 && x + itemWidth > width;
    if (wraps) {
      x = 0;
      row += 1;
    }
    const y = row * ROW + ROW / 2;
    items.push(
      groupSymbol(document, group, x + 7, y),
      svgElement(
        document,
        "text",
        { x: x + 18, y, dy: "0.32em", "font-size": fontSize, fill: colors.ink },
        [t[group]],
      ),
    );
    x += itemWidth;
  });
  return { element: svgElement(document, "g", { class: "key" }, items), height: (row + 1) * ROW };
}
