import { z } from "zod";

/**
 * One piece of evidence: the verbatim words of a source that state one or more of the site's figures.
 * Publisher, title, date and URL are the source's (data/sources.json); a translation is the site's.
 */
export const evidenceSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-z0-9][a-zA-Z0-9_-]*$/,
        "must be a slug (letters, digits, _ and -): it is an anchor on /evidence/",
      ),
    /** Id of the publication in data/sources.json. */
    source: z.string().min(1),
    /** The source's own words, verbatim, in its language; "..." marks words left out. */
    quote: z.string().min(5),
    /** ISO 639-1 language of the quote, when not English. */
    language: z.string().length(2).optional(),
    /** The site's English translation of a quote that is not in English. */
    translation: z.string().min(5).optional(),
    /** What a reader should know about the quote (a caveat, where it sits in the source). */
    note: z.string().min(5).optional(),
  })
  .strict()
  .superRefine((record, context) => {
    const foreign = record.language !== undefined && record.language !== "en";
    if (foreign && record.translation === undefined)
      context.addIssue({
        code: "custom",
        path: ["translation"],
        message: `a quote in "${record.language ?? ""}" needs an English translation`,
      });
    if (!foreign && record.translation !== undefined)
      context.addIssue({
        code: "custom",
        path: ["translation"],
        message: "an English quote has no translation (or set language)",
      });
  });

/** A row of data/evidence.json. */
export type Evidence = z.infer<typeof evidenceSchema>;
