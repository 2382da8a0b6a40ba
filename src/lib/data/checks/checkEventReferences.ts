import type { DataProblem } from "../DataProblem.ts";
import type { LoadedFile } from "../LoadedRow.ts";
import type { District } from "../../schemas/districts.ts";

/** Checks every district map handover points to an event id in data/events.json. */
export function checkEventReferences(
  { file, rows }: LoadedFile<District>,
  eventIds: ReadonlySet<string>,
  eventsFile: string,
): DataProblem[] {
  return rows.flatMap(({ index, key, value }) =>
    value.mapHandovers.flatMap(({ eventId }, handover) =>
      eventIds.has(eventId)
        ? []
        : [
            {
              file,
              row: index,
              key,
              field: `mapHandovers.${String(handover)}.eventId`,
              message: `unknown event id ${JSON.stringify(eventId)} (not in ${eventsFile})`,
            },
          ],
    ),
  );
}
