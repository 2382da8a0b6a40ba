import { describe, expect, it } from "vitest";
import { edition } from "../../src/i18n/index.ts";
import { eventTimeline } from "../../src/charts/timeline/chart.ts";
import { createDocument } from "../../src/charts/render/createDocument.ts";
import { finishSvg } from "../../src/charts/render/finishSvg.ts";
import { LAYOUT_WIDTHS } from "../../src/charts/render/renderChart.ts";
import { eventTimelineSpec } from "../../src/charts/timeline/spec.ts";
import { boxesOverlap } from "../../src/charts/timeline/lanes.ts";
import { narrowDateLines } from "../../src/charts/timeline/narrow.ts";
import { wideLayout } from "../../src/charts/timeline/wide.ts";
import type { Layout } from "../../src/charts/types.ts";
import type { TimelineEvent } from "../../src/lib/schemas/events.ts";

function event(
  id: string,
  date: string,
  category: TimelineEvent["category"],
  title: string,
  endDate?: string,
): TimelineEvent {
  return {
    id,
    date,
    ...(endDate ? { endDate } : {}),
    category,
    title,
    description: `Description of ${id}, according to its source.`,
    reportedBy: "Test Ministry",
    sources: [`src-${id}`],
    evidence: ["test-figure"],
  };
}

// A dense autumn, a month-only date and a span: enough to force stacking and left-hanging titles.
const events: TimelineEvent[] = [
  event("ceasefire", "2020-11-10", "ceasefire", "Ceasefire ends the 2020 war"),
  event(
    "maps-1",
    "2021-06-12",
    "map-handover",
    "Maps of 97,000 mines in Aghdam handed over as 15 detainees are returned",
  ),
  event(
    "reply",
    "2021-06-13",
    "response",
    "A reply the next day that says the maps are a tiny part of those held",
  ),
  event(
    "treaty",
    "2021-06",
    "treaty",
    "A country restates why it stays outside the Mine Ban Treaty",
  ),
  event(
    "maps-2",
    "2021-07-03",
    "map-handover",
    "Maps of about 92,000 mines in two districts handed over",
  ),
  event(
    "conference",
    "2022-03-31",
    "conference",
    "A conference on humanitarian demining in the capital",
    "2022-04-01",
  ),
  event("grant", "2022-09-11", "funding", "A donor announces $2 million for humanitarian demining"),
  event("law", "2025-02-03", "law", "The president approves a law on mine clearance activities"),
  event(
    "report",
    "2026-03-13",
    "report",
    "The prime minister reports nearly 249,000 ha cleared since 2020",
  ),
];

function render(layout: Layout): SVGSVGElement {
  const svg = eventTimeline(events, {
    width: LAYOUT_WIDTHS[layout],
    document: createDocument(),
    layout,
    edition,
  });
  return finishSvg(svg, { altText: "alt", idPrefix: `t-${layout}` });
}

describe("eventTimeline", () => {
  for (const layout of ["narrow", "wide"] as const) {
    it(`draws every event once as a focusable mark with date, title, description and source (${layout})`, () => {
      const marks = Array.from(render(layout).querySelectorAll("[aria-label]"));
      expect(marks.map((mark) => mark.getAttribute("data-id")).sort()).toEqual(
        events.map((e) => e.id).sort(),
      );
      // One tab stop: the first mark is in the tab order, the arrow keys reach the others.
      expect(marks.map((mark) => mark.getAttribute("tabindex"))).toEqual(
        marks.map((_, index) => (index === 0 ? "0" : null)),
      );
      const tip = marks
        .find((mark) => mark.getAttribute("data-id") === "conference")
        ?.getAttribute("aria-label");
      expect(tip).toBe(
        "31 March 2022 – 1 April 2022\nA conference on humanitarian demining in the capital\nDescription of conference, according to its source.\naccording to Test Ministry",
      );
    });

    it(`draws a key with one symbol per category group (${layout})`, () => {
      const key = render(layout).querySelector("g.key");
      expect(Array.from(key?.querySelectorAll("text") ?? []).map((t) => t.textContent)).toEqual([
        "Ceasefire, conflict",
        "Mine-map handover",
        "Conference",
        "Law, treaty",
        "Claim, response",
        "Funding, report",
      ]);
      const shapes = new Set(
        Array.from(key?.querySelectorAll("path") ?? []).map((p) => p.getAttribute("d")),
      );
      expect(shapes.size).toBe(6);
    });
  }

  it("never lets two boxes (symbol and title) overlap in the wide layout, and keeps them inside the frame", () => {
    const placed = wideLayout(events, LAYOUT_WIDTHS.wide, edition);
    expect(placed).toHaveLength(events.length);
    for (const [i, a] of placed.entries()) {
      expect(a.box.left).toBeGreaterThanOrEqual(0);
      expect(a.box.right).toBeLessThanOrEqual(LAYOUT_WIDTHS.wide);
      for (const b of placed.slice(i + 1)) {
        expect(boxesOverlap(a.box, b.box), `${a.event.id} / ${b.event.id}`).toBe(false);
      }
    }
  });

  it("titles the ceasefire and map handovers first in the wide layout", () => {
    const titled = wideLayout(events, LAYOUT_WIDTHS.wide, edition).filter(
      (p) => p.lines.length > 0,
    );
    expect(titled.map((p) => p.event.id)).toEqual(
      expect.arrayContaining(["ceasefire", "maps-1", "maps-2"]),
    );
  });

  it("shows every title, wrapped, in the narrow layout", () => {
    const text = Array.from(render("narrow").querySelectorAll("g.event text"))
      .map((t) =>
        Array.from(t.querySelectorAll("tspan"))
          .map((s) => s.textContent)
          .join(" "),
      )
      .join("\n");
    for (const e of events) expect(text).toContain(e.title);
  });

  it("dates rows by day and month under year headings, a month-only date by its month", () => {
    expect(narrowDateLines(events[1] as TimelineEvent, edition.locale)).toEqual(["12 Jun"]);
    expect(narrowDateLines(events[3] as TimelineEvent, edition.locale)).toEqual(["Jun"]);
    expect(narrowDateLines(events[5] as TimelineEvent, edition.locale)).toEqual([
      "31 Mar –",
      "1 Apr",
    ]);
  });

  it("generates alt text with the number of events and the first and last dates", () => {
    expect(eventTimelineSpec.altText(events, edition)).toBe(
      "Timeline of 9 events between 10 November 2020 and 13 March 2026, including 2 mine-map handovers.",
    );
  });

  it("tables date, category, title, description and sources for every event", () => {
    const { rows } = eventTimelineSpec.table(events, edition);
    expect(rows).toHaveLength(events.length);
    expect(rows[5]).toMatchObject({
      date: "2022-03-31",
      endDate: "2022-04-01",
      category: "Conference",
      sources: "src-conference",
    });
  });
});
