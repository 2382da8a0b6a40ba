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
export const qualifier = z.enum([
  "exact",
  "about",
  "nearly",
  "more-than",
  "at-least",
  "up-to",
  "preliminary",
]);

/**
 * Values the site computed itself (a sum, a difference, a unit conversion): which fields of the row (or of the
 * object that carries it), and how, naming the inputs. Every other number must be stated in the evidence.
 */
export const derived = z
  .object({
    method: z.string().min(10),
    fields: z.array(z.string().min(1)).min(1, "name the fields the site computed"),
  })
  .strict();

/**
 * Fields every row carries: who states the figure, the source ids (data/sources.json),
 * the evidence whose verbatim quotes state the values, and an optional editorial note.
 */
export const attribution = {
  /** The body that states the figure, e.g. "ANAMA", "Prosecutor General's Office", "Landmine Monitor". */
  reportedBy: z.string().min(2),
  /** Ids of data/sources.json entries; at least one. */
  sources: z.array(z.string().min(1)).min(1, "needs at least one source id"),
  /** Ids of data/evidence.json records whose quotes state the values; at least one. */
  evidence: z.array(z.string().min(1)).min(1, "needs at least one evidence id"),
  /** Where one of the row's numbers is qualified differently from `qualifier`, by field: {"killed": "about"}. */
  qualifiers: z.record(z.string(), qualifier).optional(),
  /** An editorial note shown with the figure (scope, caveat, why a total went down). */
  note: z.string().min(1).optional(),
  /** Present only when the value is the site's own calculation. */
  derived: derived.optional(),
};
