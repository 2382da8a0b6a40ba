import type { TimelineEvent } from "../../lib/schemas/events.ts";
import { GROUP_OF, type TimelineGroup } from "./groups.ts";
import { wrapText, textWidth } from "../parts/textMeasure.ts";

/** A rectangle in pixels. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where an event is drawn in time, in pixels: its symbol and, for a month or a span, the bar it covers. */
export interface EventX {
  event: TimelineEvent;
  /** The event's title in the edition drawn: what is wrapped and measured. */
  title: string;
  x: number;
  x0: number;
  x1: number;
}

/** An event placed on the wide timeline: the lane of its symbol and, if it fits, its title beside it. */
export interface PlacedEvent extends EventX {
  /** Lane of the symbol and the title's first line (0 = top); negative lanes are the strip of untitled symbols above. */
  lane: number;
  /** Which side of the symbol the title runs. */
  side: "left" | "right";
  /** The title's lines; empty when the title did not fit (the tooltip still has it). */
  lines: string[];
  /** Symbol, bar and title together, in pixels from the top of lane 0. */
  box: Box;
}

/** Which titles get room first: the backbone of the story (ceasefire, map handovers, laws), then the rest. */
const LABEL_PRIORITY: readonly TimelineGroup[] = [
  "conflict",
  "handover",
  "law",
  "conference",
  "claim",
  "funding",
];

/** Sizes the lane packing works with, in pixels. */
export interface LaneOptions {
  width: number;
  margin: number;
  fontSize: number;
  laneHeight: number;
  /** Longest title line before wrapping. */
  maxLabelWidth: number;
  /** Lanes the titles may use. */
  maxLanes: number;
  /** Room between a symbol and its title, and between two boxes in a lane. */
  gap: number;
  symbolRadius: number;
}

/**
 * Places each event's symbol at its date in the topmost free lane with its title beside it, where the title fits
 * within maxLanes: ceasefire, map handovers and laws first, then the rest. Events whose title fits nowhere keep
 * their symbol (and tooltip) on a strip above the lanes. Boxes never overlap.
 */
export function timelineLanes(events: readonly EventX[], options: LaneOptions): PlacedEvent[] {
  const {
    width,
    margin,
    fontSize,
    laneHeight,
    maxLabelWidth,
    maxLanes,
    gap,
    symbolRadius: r,
  } = options;
  const taken: [number, number][][] = [];
  const free = (lane: number, left: number, right: number) =>
    (taken[lane] ?? []).every(([a, b]) => right + gap <= a || left - gap >= b);
  const take = (lane: number, rows: number, left: number, right: number) => {
    for (let i = 0; i < rows; i += 1) (taken[lane + i] ??= []).push([left, right]);
  };
  const priority = (e: EventX) => LABEL_PRIORITY.indexOf(GROUP_OF[e.event.category]);
  const ordered = [...events].sort((a, b) => priority(a) - priority(b) || a.x - b.x);
  const placed = new Map<EventX, PlacedEvent>();
  const symbolBox = (e: EventX) => [Math.min(e.x0, e.x - r), Math.max(e.x1, e.x + r)] as const;

  for (const e of ordered) {
    const lines = wrapText(e.title, maxLabelWidth, fontSize);
    const labelWidth = Math.max(...lines.map((line) => textWidth(line, fontSize)));
    const [symbolLeft, symbolRight] = symbolBox(e);
    search: for (let lane = 0; lane + lines.length <= maxLanes; lane += 1) {
      for (const side of ["right", "left"] as const) {
        const left = side === "right" ? symbolLeft : e.x - r - gap - labelWidth;
        const right = side === "right" ? e.x + r + gap + labelWidth : symbolRight;
        if (left < margin || right > width - margin) continue;
        if (!lines.every((_, i) => free(lane + i, left, right))) continue;
        take(lane, lines.length, left, right);
        const top = lane * laneHeight;
        const box = { left, right, top, bottom: top + lines.length * laneHeight };
        placed.set(e, { ...e, lane, side, lines, box });
        break search;
      }
    }
  }
  // Titles that found no room: the symbol alone on the strip above lane 0 (negative lanes), stacked upwards.
  const strip: [number, number][][] = [];
  for (const e of ordered.filter((candidate) => !placed.has(candidate)).sort((a, b) => a.x - b.x)) {
    const [left, right] = symbolBox(e);
    let level = 0;
    while ((strip[level] ?? []).some(([a, b]) => left < b + 2 && right > a - 2)) level += 1;
    (strip[level] ??= []).push([left, right]);
    const lane = -1 - level;
    const top = lane * laneHeight;
    placed.set(e, {
      ...e,
      lane,
      side: "right",
      lines: [],
      box: { left, right, top, bottom: top + laneHeight },
    });
  }
  return events.map((e) => placed.get(e)).filter((p): p is PlacedEvent => p !== undefined);
}

/** True when two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
