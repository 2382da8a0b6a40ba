import { symbol } from "d3";
import { GROUP_OF, GROUP_SYMBOL } from "./groups.ts";
import type { TimelineGroup } from "./groups.ts";
import type { TimelineEvent } from "../../lib/schemas/events.ts";
import { svgElement } from "../parts/svgElement.ts";
import { colors } from "../parts/theme.ts";

/** A group's symbol centred on (x, y): filled or hollow, always in ink so it reads in both themes. */
export function groupSymbol(
  document: Document,
  group: TimelineGroup,
  x: number,
  y: number,
): SVGPathElement {
  const { type, filled, size } = GROUP_SYMBOL[group];
  return svgElement(document, "path", {
    d: symbol(type, size)() ?? "",
    transform: `translate(${String(x)},${String(y)})`,
    fill: filled ? colors.ink : colors.background,
    stroke: colors.ink,
    "stroke-width": filled ? 0.5 : 1.5,
  });
}

/** The symbol of an event's group. */
export function eventSymbol(
  document: Document,
  event: TimelineEvent,
  x: number,
  y: number,
): SVGPathElement {
  return groupSymbol(document, GROUP_OF[event.category], x, y);
}

/** The bar under an event known only to the month, or spanning several days: its stretch of time. */
export function eventBar(
  document: Document,
  x0: number,
  x1: number,
  y: number,
): SVGLineElement | null {
  if (x1 - x0 < 1) return null;
  return svgElement(document, "line", {
    x1: x0,
    x2: x1,
    y1: y,
    y2: y,
    stroke: colors.reference,
    "stroke-width": 3,
    "stroke-linecap": "round",
  });
}
