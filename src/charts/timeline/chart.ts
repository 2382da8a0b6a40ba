import type { TimelineEvent } from "../../lib/schemas/events.ts";
import { timelineNarrow } from "./narrow.ts";
import { timelineWide } from "./wide.ts";
import type { ChartContext } from "../types.ts";

/**
 * Dated events since the 2020 ceasefire (and any earlier ones), one symbol per category group: a horizontal
 * timeline with staggered labels in the wide layout, a vertical list with dates down the side in the narrow one.
 */
export function eventTimeline(
  events: readonly TimelineEvent[],
  context: ChartContext,
): SVGSVGElement {
  const sorted = [...events].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  return context.layout === "narrow"
    ? timelineNarrow(sorted, context.document, context.width, context.edition)
    : timelineWide(sorted, context.document, context.width, context.edition);
}
