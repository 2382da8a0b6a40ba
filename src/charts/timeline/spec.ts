import type { TimelineEvent } from "../../lib/schemas/events.ts";
import { formatDate } from "../../lib/format.ts";
import { eventTimeline } from "./chart.ts";
import { defineChart } from "../types.ts";
import { uniqueReporters, uniqueSources } from "../parts/uniqueSources.ts";

/** Registry entry: the timeline of dated events since the 2020 ceasefire (and any earlier ones in the data). */
export const eventTimelineSpec = defineChart<TimelineEvent[]>({
  id: "timeline",
  section: "what-happened",
  text: (edition) => edition.strings.charts.eventTimeline,
  select: (datasets) =>
    [...datasets.events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
  render: eventTimeline,
  altText: (events, edition) => {
    const t = edition.strings.charts.eventTimeline;
    const first = events[0];
    const last = events.at(-1);
    if (!first || !last) return t.subtitle;
    return t.alt(
      events.length,
      formatDate(first.date, edition.locale),
      formatDate(last.endDate ?? last.date, edition.locale),
      events.filter((event) => event.category === "map-handover").length,
    );
  },
  table: (
    events,
    {
      text,
      strings: {
        charts: { eventTimeline: t },
      },
    },
  ) => ({
    columns: [
      { key: "date", label: t.columns.date, format: "date" },
      { key: "endDate", label: t.columns.endDate, format: "date" },
      { key: "category", label: t.columns.category, format: "text" },
      { key: "title", label: t.columns.title, format: "text" },
      { key: "description", label: t.columns.description, format: "text" },
      { key: "reportedBy", label: t.columns.reportedBy, format: "text" },
    ],
    rows: events.map((event) => ({
      date: event.date,
      endDate: event.endDate ?? null,
      category: t.categories[event.category],
      title: text(event.title),
      description: text(event.description),
      reportedBy: text(event.reportedBy),
      sources: event.sources.join(" "),
    })),
  }),
  sourceIds: uniqueSources,
  reportedBy: uniqueReporters,
});
