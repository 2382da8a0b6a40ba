import { quoteDates, statesDate } from "../../evidence/quoteDates.ts";
import type { Evidence } from "../../schemas/evidence.ts";
import type { DataProblem } from "../DataProblem.ts";
import type { LoadedFile } from "../LoadedRow.ts";
import { collectEvidenceRefs } from "./collectEvidenceRefs.ts";

// The fields that date a figure or an event. Years (`year`, `targetYear`) are periods, not dates, and are left alone.
const dateFields = ["asOf", "date"] as const;
const isoDate = /^\d{4}-\d{2}(?:-\d{2})?$/;

/**
 * Checks the date of every row (and of every object in it that cites evidence) against its quotes: where a quote
 * states calendar dates, the row's date must be one of them, or the publication date of a source of its evidence
 * (a figure "to date" is dated by its publication). A quote that states no date leaves the date unchecked.
 */
export function checkEvidenceDates(
  files: readonly LoadedFile<unknown>[],
  evidence: ReadonlyMap<string, Evidence>,
  /** The publication date of each source, as sources.json gives it (a day, a month or a year). */
  published: ReadonlyMap<string, string | undefined>,
): DataProblem[] {
  return files.flatMap(({ file, rows }) =>
    rows.flatMap(({ index, key, value }) =>
      collectEvidenceRefs(value).flatMap(({ path, evidence: ids, object }): DataProblem[] =>
        dateFields.flatMap((name): DataProblem[] => {
          const date = object[name];
          if (typeof date !== "string" || !isoDate.test(date)) return [];
          const records = ids.flatMap((id) => evidence.get(id) ?? []);
          const stated = records.flatMap((record) =>
            quoteDates(record.quote).map((quoted) => ({ record, quoted })),
          );
          if (stated.length === 0) return [];
          if (stated.some(({ quoted }) => statesDate(quoted, date))) return [];
          const publication = records.map((record) => published.get(record.source));
          if (
            publication.some(
              (day) => day !== undefined && (day === date || day.startsWith(`${date}-`)),
            )
          )
            return [];
          return [
            {
              file,
              row: index,
              key,
              field: path === "" ? name : `${path}.${name}`,
              message: `${date} is neither a date its evidence states (${stated
                .map(({ record, quoted }) => `"${quoted.text}" in ${record.id}`)
                .join(", ")}) nor the publication date of its source (${publication
                .map((day) => day ?? "undated")
                .join(", ")})`,
            },
          ];
        }),
      ),
    ),
  );
}
