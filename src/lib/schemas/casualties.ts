import { z } from "zod";
import { attribution, isoDate, optionalCount, qualifier } from "./common.ts";

/** What population a casualty count covers. */
export const casualtyScope = z.enum(["all-azerbaijan", "regained-territories", "civilians-only"]);

/** A running total of mine/ERW victims since the 10 November 2020 ceasefire, as one body stated it on one date (people, cumulative). */
export const casualtyRunningTotalSchema = z
  .object({
    asOf: isoDate,
    total: optionalCount,
    killed: optionalCount,
    injured: optionalCount,
    killedCivilian: optionalCount,
    killedMilitary: optionalCount,
    injuredCivilian: optionalCount,
    injuredMilitary: optionalCount,
    qualifier: qualifier.default("exact"),
    scope: casualtyScope,
    ...attribution,
  })
  .strict();

/** Casualties in one calendar year, or in the months of it a source covers (people). */
export const casualtyYearSchema = z
  .object({
    year: z.number().int().min(1990).max(2100),
    periodStart: isoDate,
    periodEnd: isoDate,
    coverage: z.enum(["full", "partial"]),
    /** Which series the row belongs to: post-2020 official/NGO counts, or the Landmine Monitor's pre-2020 years. */
    series: z.enum(["post-2020", "landmine-monitor"]),
    total: optionalCount,
    killed: optionalCount,
    injured: optionalCount,
    ...attribution,
  })
  .strict();

/** A total of victims since the early 1990s as one body stated it (people, cumulative since `sinceYear`). */
export const casualtyHistoricalTotalSchema = z
  .object({
    asOf: isoDate,
    /** Null where the source gives no start year (Landmine Monitor's "all known casualties"). */
    sinceYear: z.number().int().min(1988).max(2020).nullable(),
    /** The period as the source words it, e.g. "1991 to April 2024". */
    period: z.string().min(4),
    total: optionalCount,
    killed: optionalCount,
    injured: optionalCount,
    children: optionalCount,
    women: optionalCount,
    qualifier: qualifier.default("exact"),
    scope: casualtyScope,
    ...attribution,
  })
  .strict();

/** A row of data/casualties-running-totals.json. */
export type CasualtyRunningTotal = z.infer<typeof casualtyRunningTotalSchema>;
/** A row of data/casualties-by-year.json. */
export type CasualtyYear = z.infer<typeof casualtyYearSchema>;
/** A row of data/casualties-historical.json. */
export type CasualtyHistoricalTotal = z.infer<typeof casualtyHistoricalTotalSchema>;
