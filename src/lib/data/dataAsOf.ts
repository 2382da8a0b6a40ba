import { collectEvidenceRefs } from "./checks/collectEvidenceRefs.ts";

const isoDay = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** The ISO dates (day or month) of every object that cites evidence in some data: rows, and facts inside rows. */
export function figureDates(data: unknown): string[] {
  return collectEvidenceRefs(data).flatMap(({ object }) =>
    [object["asOf"], object["date"]].filter(
      (value): value is string => typeof value === "string" && isoDay.test(value),
    ),
  );
}

/**
 * How recent the figures in some data are: the latest `asOf` or `date` (ISO day or month) of anything that cites
 * evidence, or, for data counted by year only, the latest `year` ("2025"); undefined when nothing is dated.
 */
export function dataAsOf(data: unknown): string | undefined {
  const latest = (values: readonly string[]) =>
    values.reduce<string | undefined>(
      (newest, value) => (newest === undefined || value > newest ? value : newest),
      undefined,
    );
  const dated = latest(figureDates(data));
  if (dated !== undefined) return dated;
  return latest(
    collectEvidenceRefs(data).flatMap(({ object }) =>
      typeof object["year"] === "number" ? [String(object["year"])] : [],
    ),
  );
}
