import type { TimelineEvent } from "../../lib/schemas/events.ts";
import { formatDate } from "../../lib/format.ts";
import { strings } from "../../i18n/index.ts";

/** An event's date as readers see it: "12 June 2021", "June 2021", or "31 March – 1 April 2022" for a span. */
export function eventDate(event: TimelineEvent, style: "long" | "short" = "long"): string {
  const start = formatDate(event.date, undefined, style);
  return event.endDate ? `${start} – ${formatDate(event.endDate, undefined, style)}` : start;
}

/** The tooltip of one event: date, title, description and who reports it. */
export function eventTip(event: TimelineEvent): string {
  return [
    eventDate(event),
    event.title,
    event.description,
    `${strings.ui.according} ${event.reportedBy}`,
  ].join("\n");
}
