import type { TimelineEvent } from "../../lib/schemas/events.ts";
import { formatDate } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";

/** An event's date as readers see it: "12 June 2021", "June 2021", or "31 March – 1 April 2022" for a span. */
export function eventDate(
  event: TimelineEvent,
  locale: string,
  style: "long" | "short" = "long",
): string {
  const start = formatDate(event.date, locale, style);
  return event.endDate ? `${start} – ${formatDate(event.endDate, locale, style)}` : start;
}

/** The tooltip of one event: date, title, description and who reports it. */
export function eventTip(event: TimelineEvent, edition: Edition): string {
  return [
    eventDate(event, edition.locale),
    edition.text(event.title),
    edition.text(event.description),
    `${edition.strings.ui.according} ${edition.text(event.reportedBy)}`,
  ].join("\n");
}
