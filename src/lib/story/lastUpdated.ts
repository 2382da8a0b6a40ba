import type { Datasets } from "../data/datasets.ts";

/** The date of the latest changelog entry (ISO), i.e. when the story or its data last changed. */
export function lastUpdated(datasets: Pick<Datasets, "changelog">): string {
  // A release archives what is there; it changes nothing a reader sees.
  const latest = datasets.changelog.filter((entry) => entry.kind !== "release").at(-1);
  if (!latest)
    throw new Error("data/changelog.json has no entry: the story needs a last-updated date");
  return latest.date;
}
