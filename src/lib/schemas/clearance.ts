import { z } from "zod";
import { attribution, isoDate, optionalCount, qualifier } from "./common.ts";

/** Land cleared and items found in one calendar year, as one body reported it (hectares; items). */
export const clearanceYearSchema = z
  .object({
    year: z.number().int().min(2020).max(2100),
    /** Whether this row is the site's headline series for the year (one per year); others are shown as alternatives. */
    primary: z.boolean(),
    /** Whether the figures cover the whole calendar year or only part of it. */
    coverage: z.enum(["full", "partial"]),
    /** First day (or month) a partial row covers; absent for a full year. */
    periodStart: isoDate.optional(),
    /** Last day (or month) a partial row covers; absent for a full year. */
    periodEnd: isoDate.optional(),
    hectares: z.number().nonnegative().nullable(),
    apMines: optionalCount,
    atMines: optionalCount,
    uxo: optionalCount,
    /** What the hectares count, e.g. "all land released by all operators". */
    measures: z.string().min(10),
    qualifier: qualifier.default("exact"),
    ...attribution,
  })
  .strict()
  .superRefine((row, context) => {
    const fields = ["periodStart", "periodEnd"] as const;
    for (const field of fields) {
      const value = row[field];
      if (row.coverage === "partial" && value === undefined)
        context.addIssue({
          code: "custom",
          path: [field],
          message: "a partial year must say which months it covers",
        });
      if (row.coverage === "full" && value !== undefined)
        context.addIssue({
          code: "custom",
          path: [field],
          message: "only a partial year has a period; a full year covers January to December",
        });
      if (value !== undefined && !value.startsWith(`${String(row.year)}-`))
        context.addIssue({
          code: "custom",
          path: [field],
          message: `must fall in ${String(row.year)}, the row's year`,
        });
    }
    // ISO dates of the same precision sort as strings; a month sorts before its own days, which is fine here.
    if (
      row.periodStart !== undefined &&
      row.periodEnd !== undefined &&
      row.periodStart > row.periodEnd
    )
      context.addIssue({
        code: "custom",
        path: ["periodEnd"],
        message: "must not come before periodStart",
      });
  });

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
    qualifier: qualifier.default("exact"),
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
