import { z } from "zod";
import { attribution, isoDate, optionalCount, qualifier } from "./common.ts";

/** Land cleared and items found in one calendar year, as one body reported it (hectares; items). */
export const clearanceYearSchema = z
  .object({
    year: z.number().int().min(2020).max(2100),
    /** Whether this row is the site's headline series for the year (one per year); others are shown as alternatives. */
    primary: z.boolean(),
    hectares: z.number().nonnegative().nullable(),
    apMines: optionalCount,
    atMines: optionalCount,
    uxo: optionalCount,
    /** What the hectares count, e.g. "all land released by all operators". */
    measures: z.string().min(10),
    qualifier: qualifier.default("exact"),
    ...attribution,
  })
  .strict();

/** A running total of land cleared and items found since November 2020, as one body stated it (hectares; items, cumulative). */
export const clearanceRunningTotalSchema = z
  .object({
    asOf: isoDate,
    hectares: z.number().nonnegative().nullable(),
    apMines: optionalCount,
    atMines: optionalCount,
    uxo: optionalCount,
    itemsTotal: optionalCount,
    qualifier: qualifier.default("exact"),
    /** Who did the clearing that is counted, e.g. "ANAMA only", "all operators". */
    operators: z.string().min(3),
    ...attribution,
  })
  .strict();

/** An official clearance target: hectares in a year, or a deadline for the whole task. */
export const clearanceTargetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lowercase slug"),
    statedOn: isoDate,
    kind: z.enum(["annual", "cumulative", "completion"]),
    /** The year the target applies to or ends in. */
    targetYear: z.number().int().min(2020).max(2100),
    hectares: z.number().positive().nullable(),
    /** The target in the source's words, short. */
    statement: z.string().min(10),
    ...attribution,
  })
  .strict();

/** A row of data/clearance-by-year.json. */
export type ClearanceYear = z.infer<typeof clearanceYearSchema>;
/** A row of data/clearance-running-totals.json. */
export type ClearanceRunningTotal = z.infer<typeof clearanceRunningTotalSchema>;
/** A row of data/clearance-targets.json. */
export type ClearanceTarget = z.infer<typeof clearanceTargetSchema>;
