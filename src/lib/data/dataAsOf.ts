import { collectEvidenceRefs } from "./checks/collectEvidenceRefs.ts";

const isoDay = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** The ISO dates (day or month) an object that cites evidence is dated by: its `asOf` and `date`. */
const datesOf = (object: Readonly<Record<string, unknown>>): string[] =>
  [object["asOf"], object["date"]].filter(
    (value): value is string => typeof value === "string" && isoDay.test(value),
  );

const latest = (values: readonly string[]): string | undefined =>
  values.reduce<string | undefined>(
    (newest, value) => (newest === undefined || value > newest ? value : newest),
    undefined,
  );

/** The ISO dates (day or month) of every object that cites evidence in some data: rows, and facts inside rows. */
export function figureDates(data: unknown): string[] {
  return collectEvidenceRefs(data).flatMap(({ object }) => datesOf(object));
}

/**
 * How recent the figures in some data are: the latest `asOf` or `date` (ISO day or month) of anything that cites
 * evidence, or, for data counted by year only, the latest `year` ("2025"); undefined when nothing is dated.
 */
export function dataAsOf(data: unknown): string | undefined {
  const objects = collectEvidenceRefs(data).map(({ object }) => object);
  return (
    latest(objects.flatMap(datesOf)) ??
    latest(
      objects.flatMap((object) =>
        typeof object["year"] === "number" ? [String(object["year"])] : [],
      ),
    )
  );
}
