import { z } from "zod";
import { isoDate } from "./common.ts";

/** One entry of the corrections and changelog page: what changed in the data or text, and when. */
export const changelogEntrySchema = z
  .object({
    date: isoDate,
    kind: z.enum(["launch", "update", "correction", "release"]),
    /** For a release (written by `npm run release`): its id, the date or date-2, date-3 … (releases/releases.json). */
    release: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(-\d+)?$/, "must be a release id YYYY-MM-DD or YYYY-MM-DD-n")
      .optional(),
    /** What changed, in one or two sentences (no figures: those live in the datasets). */
    description: z.string().min(10),
    /** Files in data/ the change touched. */
    datasets: z.array(z.string().regex(/^[a-z0-9-]+\.json$/, "must be a data file name")),
  })
  .strict();

/** A row of data/changelog.json. */
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;
