import { z } from "zod";
import { isoDate } from "./common.ts";

/** What kind of body published a source: drives the "who says it" labels and the sources page. */
export const sourceKind = z.enum([
  "official-body",
  "national-ngo",
  "independent-monitor",
  "international-organisation",
  "media",
]);

/** One publication cited by the site: every source once, referenced by id from every data row. */
export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lowercase slug"),
    publisher: z.string().min(2),
    title: z.string().min(2),
    /** Publication date as the source gives it: a day, a month or, for annual reports, a year; absent when undated (the note says so). */
    date: z
      .union([z.string().regex(/^\d{4}$/), isoDate], {
        error: "must be an ISO date YYYY-MM-DD or YYYY-MM, or a year YYYY",
      })
      .optional(),
    url: z.url({ protocol: /^https?$/ }),
    kind: sourceKind,
    /** ISO 639-1 language of the text, when not English. */
    language: z.string().length(2).optional(),
    note: z.string().optional(),
  })
  .strict();

/** A row of data/sources.json. */
export type Source = z.infer<typeof sourceSchema>;
