import {
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  type SymbolType,
} from "d3";
import type { TimelineEvent } from "../../lib/schemas/events.ts";

/** The six symbol groups of the timeline, in key order; each event category belongs to one. */
export const TIMELINE_GROUPS = [
  "conflict",
  "handover",
  "conference",
  "law",
  "claim",
  "funding",
] as const;

/** One symbol group of the timeline. */
export type TimelineGroup = (typeof TIMELINE_GROUPS)[number];

/** Which group each event category is drawn with. */
export const GROUP_OF: Record<TimelineEvent["category"], TimelineGroup> = {
  conflict: "conflict",
  ceasefire: "conflict",
  "map-handover": "handover",
  conference: "conference",
  law: "law",
  treaty: "law",
  claim: "claim",
  response: "claim",
  funding: "funding",
  report: "funding",
};

/** How a group is drawn: a shape, filled or hollow, so groups differ without colour. */
export interface GroupSymbol {
  type: SymbolType;
  filled: boolean;
  /** Symbol area in square pixels. */
  size: number;
}

/** The symbol of each group. */
export const GROUP_SYMBOL: Record<TimelineGroup, GroupSymbol> = {
  conflict: { type: symbolStar, filled: true, size: 110 },
  handover: { type: symbolSquare, filled: true, size: 64 },
  conference: { type: symbolCircle, filled: false, size: 60 },
  law: { type: symbolDiamond, filled: true, size: 64 },
  claim: { type: symbolTriangle, filled: false, size: 64 },
  funding: { type: symbolCross, filled: true, size: 70 },
};
