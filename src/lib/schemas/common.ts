import { z } from "zod";

/** A calendar date "YYYY-MM-DD", or a month "YYYY-MM" where the source gives only the month (UTC, no time). */
export const isoDate = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/,
    "must be an ISO date YYYY-MM-DD or YYYY-MM",
  )
  .refine((value) => {
    if (value.length === 7) return true;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "is not a real calendar date");

/** A count of people or items: a whole number, zero or more. */
export const count = z.number().int("must be a whole number").nonnegative("must not be negative");

/** A count that a source did not give: null, never 0 or a guess. */
export const optionalCount = count.nullable();

/** How a source qualifies its number ("more than 3,400", "about 200", "preliminary"). */
export const qualifier = z.enum(["exact", "about", "more-than", "at-least", "preliminary"]);

/** A value the site computed itself (a sum, a difference, a unit conversion), with how. */
export const derived = z.object({ method: z.string().min(10) }).strict();

/**
 * Fields every row carries: who states the figure, the source ids (data/sources.json),
 * the research figure ids it was copied from, and an optional editorial note.
 */
export const attribution = {
  /** The body that states the figure, e.g. "ANAMA", "Prosecutor General's Office", "Landmine Monitor". */
  reportedBy: z.string().min(2),
  /** Ids of data/sources.json entries; at least one. */
  sources: z.array(z.string().min(1)).min(1, "needs at least one source id"),
  /** Ids of the research figures the values were copied from; at least one. */
  figureIds: z.array(z.string().min(1)).min(1, "needs at least one figure id"),
  /** An editorial note shown with the figure (scope, caveat, why a total went down). */
  note: z.string().min(1).optional(),
  /** Present only when the value is the site's own calculation. */
  derived: derived.optional(),
};
