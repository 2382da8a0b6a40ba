import type { TimelineEvent } from "../../lib/schemas/events.ts";
import { formatDate, parseIsoDate } from "../../lib/format.ts";
import { timelineKey } from "./key.ts";
import { eventSymbol } from "./symbols.ts";
import { wrapText } from "../parts/textMeasure.ts";
import { eventTip } from "./tips.ts";
import type { Edition } from "../../i18n/edition.ts";
import { svgElement, svgTitle } from "../parts/svgElement.ts";
import { colors } from "../parts/theme.ts";

/** Sizes of the vertical timeline, in pixels. */
const NARROW = {
  fontSize: 13,
  lineHeight: 16,
  rowGap: 9,
  spine: 62,
  textX: 76,
  yearHeight: 30,
} as const;

/** The date column of the vertical timeline: day and month (the year heads each year), on one or two lines. */
export function narrowDateLines(event: TimelineEvent, locale: string): string[] {
  // The year heads the group of rows, so each row shows only day and month ("12 Jun"), or the month ("Jun").
  const day = (iso: string): string =>
    /^\d{4}$/.test(iso)
      ? ""
      : new Intl.DateTimeFormat(locale, {
          ...(iso.length === 7 ? {} : { day: "numeric" }),
          month: "short",
          timeZone: "UTC",
        }).format(parseIsoDate(iso));
  const start = day(event.date);
  if (!event.endDate) return [start];
  const end = day(event.endDate);
  const sameYear = event.endDate.slice(0, 4) === event.date.slice(0, 4);
  return [`${start} –`, sameYear ? end : formatDate(event.endDate, locale, "short")];
}

/** A vertical timeline for phones: one row per event in date order, years as headings, titles wrapped. */
export function timelineNarrow(
  events: readonly TimelineEvent[],
  document: Document,
  width: number,
  edition: Edition,
): SVGSVGElement {
  const key = timelineKey(document, { width, columns: 2, fontSize: 13 }, edition);
  const rows: Element[] = [];
  let y = key.height + 12;
  let year = "";
  for (const event of events) {
    if (event.date.slice(0, 4) !== year) {
      year = event.date.slice(0, 4);
      y += 8;
      rows.push(
        svgElement(
          document,
          "text",
          { x: 0, y: y + 14, "font-size": 15, "font-weight": 700, fill: colors.ink },
          [year],
        ),
        svgElement(document, "line", {
          x1: 44,
          x2: width,
          y1: y + 9,
          y2: y + 9,
          stroke: colors.rule,
        }),
      );
      y += NARROW.yearHeight;
    }
    const lines = wrapText(edition.text(event.title), width - NARROW.textX - 6, NARROW.fontSize);
    const dates = narrowDateLines(event, edition.locale);
    const rowHeight = Math.max(lines.length, dates.length) * NARROW.lineHeight;
    const first = y + NARROW.lineHeight / 2;
    rows.push(
      svgElement(document, "g", { class: "event", "data-id": event.id }, [
        svgTitle(document, eventTip(event, edition)),
        svgElement(document, "rect", {
          x: 0,
          y: y - 3,
          width,
          height: rowHeight + 6,
          fill: "transparent",
        }),
        svgElement(
          document,
          "text",
          { fill: colors.reference, stroke: "none", "font-size": 12 },
          dates.map((line, i) =>
            svgElement(
              document,
              "tspan",
              { x: 0, y: first + i * NARROW.lineHeight, dy: "0.32em" },
              [line],
            ),
          ),
        ),
        eventSymbol(document, event, NARROW.spine, first),
        svgElement(
          document,
          "text",
          { fill: colors.ink, stroke: "none", "font-size": NARROW.fontSize },
          lines.map((line, i) =>
            svgElement(
              document,
              "tspan",
              { x: NARROW.textX, y: first + i * NARROW.lineHeight, dy: "0.32em" },
              [line],
            ),
          ),
        ),
      ]),
    );
    y += rowHeight + NARROW.rowGap;
  }
  const height = y + 4;
  const svg = svgElement(document, "svg", {
    width,
    height,
    viewBox: `0 0 ${String(width)} ${String(height)}`,
    class: "chart-timeline",
  });
  key.element.setAttribute("transform", "translate(2,0)");
  svg.append(key.element, ...rows);
  return svg;
}
