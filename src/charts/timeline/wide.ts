import { scaleUtc, utcDay, utcMonth, utcYear, type ScaleTime } from "d3";
import type { TimelineEvent } from "../../lib/schemas/events.ts";
import { parseIsoDate } from "../../lib/format.ts";
import { timelineKey } from "./key.ts";
import { timelineLanes, type EventX, type PlacedEvent } from "./lanes.ts";
import { eventBar, eventSymbol } from "./symbols.ts";
import { eventTip } from "./tips.ts";
import type { Edition } from "../../i18n/edition.ts";
import { svgElement, svgTitle } from "../parts/svgElement.ts";
import { colors } from "../parts/theme.ts";

/** Sizes of the wide timeline, in pixels. */
export const WIDE = {
  margin: 8,
  fontSize: 13,
  laneHeight: 16,
  maxLabelWidth: 190,
  maxLanes: 16,
  gap: 6,
  symbolRadius: 6,
} as const;

/**
 * The pixel span of an event: a day is a point, a month (date known only to the month) or a span is a bar; with
 * its title in the edition drawn.
 */
export function eventX(
  event: TimelineEvent,
  x: ScaleTime<number, number>,
  edition: Edition,
): EventX {
  const title = edition.text(event.title);
  const start = parseIsoDate(event.date);
  if (event.date.length === 7) {
    const x0 = x(start);
    const x1 = x(utcMonth.offset(start, 1));
    return { event, title, x: (x0 + x1) / 2, x0, x1 };
  }
  const end = event.endDate ? utcDay.offset(parseIsoDate(event.endDate), 1) : start;
  return { event, title, x: x(start), x0: x(start), x1: x(end) };
}

/** The wide timeline's time scale: from the month before the first event to two months after the last. */
export function wideScale(
  events: readonly TimelineEvent[],
  width: number,
): ScaleTime<number, number> {
  const dates = events.flatMap((e) => [parseIsoDate(e.date), parseIsoDate(e.endDate ?? e.date)]);
  const first = utcMonth.offset(utcMonth.floor(new Date(Math.min(...dates.map(Number)))), -1);
  const last = utcMonth.offset(utcMonth.ceil(new Date(Math.max(...dates.map(Number)))), 2);
  return scaleUtc()
    .domain([first, last])
    .range([WIDE.margin + 8, width - WIDE.margin - 8]);
}

/**
 * The wide timeline's events placed in lanes, their titles in the edition's words (exported for tests: their boxes
 * must never overlap).
 */
export function wideLayout(
  events: readonly TimelineEvent[],
  width: number,
  edition: Edition,
): PlacedEvent[] {
  const x = wideScale(events, width);
  return timelineLanes(
    events.map((event) => eventX(event, x, edition)),
    { ...WIDE, width },
  );
}

/** A horizontal timeline: each event a symbol at its date in the first free lane, its title beside it where it fits. */
export function timelineWide(
  events: readonly TimelineEvent[],
  document: Document,
  width: number,
  edition: Edition,
): SVGSVGElement {
  const x = wideScale(events, width);
  const placed = wideLayout(events, width, edition);
  const key = timelineKey(document, { width: width - 2 * WIDE.margin, fontSize: 13 }, edition);
  const axisY = key.height + 20;
  const stripLanes = -Math.min(0, ...placed.map((p) => p.lane));
  const top = axisY + 12 + stripLanes * WIDE.laneHeight;
  const lanes = Math.max(...placed.map((p) => p.box.bottom)) / WIDE.laneHeight;
  const height = top + lanes * WIDE.laneHeight + 4;
  const years = utcYear.range(...(x.domain() as [Date, Date]));

  const svg = svgElement(document, "svg", {
    width,
    height,
    viewBox: `0 0 ${String(width)} ${String(height)}`,
    class: "chart-timeline",
  });
  key.element.setAttribute("transform", `translate(${String(WIDE.margin + 2)},0)`);
  svg.append(
    key.element,
    svgElement(
      document,
      "g",
      { class: "axis", "font-size": 13, fill: colors.reference },
      years.flatMap((year) => [
        svgElement(document, "line", {
          x1: x(year),
          x2: x(year),
          y1: axisY - 12,
          y2: height,
          stroke: colors.rule,
        }),
        svgElement(document, "text", { x: x(year) + 4, y: axisY }, [String(year.getUTCFullYear())]),
      ]),
    ),
    // The strip of untitled symbols sits on a track line, so it reads as one row of "the other events".
    ...(stripLanes > 0
      ? [
          svgElement(document, "line", {
            class: "track",
            x1: WIDE.margin,
            x2: width - WIDE.margin,
            y1: top - WIDE.laneHeight / 2,
            y2: top - WIDE.laneHeight / 2,
            stroke: colors.reference,
            "stroke-width": 0.75,
          }),
        ]
      : []),
    svgElement(
      document,
      "g",
      { class: "events", "font-size": WIDE.fontSize },
      placed.map((p) => wideEvent(document, p, top, edition)),
    ),
  );
  return svg;
}

function wideEvent(
  document: Document,
  placed: PlacedEvent,
  top: number,
  edition: Edition,
): SVGGElement {
  const { box, lines, side, event } = placed;
  const y = top + placed.lane * WIDE.laneHeight + WIDE.laneHeight / 2;
  const textX =
    side === "right"
      ? placed.x + WIDE.symbolRadius + WIDE.gap
      : placed.x - WIDE.symbolRadius - WIDE.gap;
  const bar = eventBar(document, placed.x0, placed.x1, y);
  return svgElement(document, "g", { class: "event", "data-id": event.id }, [
    svgTitle(document, eventTip(event, edition)),
    svgElement(document, "rect", {
      x: box.left - 2,
      y: top + box.top,
      width: box.right - box.left + 4,
      height: box.bottom - box.top,
      fill: "transparent",
    }),
    ...(bar ? [bar] : []),
    eventSymbol(document, event, placed.x, y),
    ...(lines.length > 0
      ? [
          svgElement(
            document,
            "text",
            { "text-anchor": side === "right" ? "start" : "end", fill: colors.ink, stroke: "none" },
            lines.map((line, i) =>
              svgElement(
                document,
                "tspan",
                { x: textX, y: y + i * WIDE.laneHeight, dy: "0.32em" },
                [line],
              ),
            ),
          ),
        ]
      : []),
  ]);
}
