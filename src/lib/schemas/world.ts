import { z } from "zod";
import { attribution, isoDate, optionalCount, qualifier } from "./common.ts";

/** Landmine Monitor's recorded mine/ERW casualties worldwide in one calendar year (people). */
export const globalCasualtyYearSchema = z
  .object({
    year: z.number().int().min(1999).max(2100),
    total: optionalCount,
    killed: optionalCount,
    injured: optionalCount,
    /** People the Monitor counts in the total whose outcome (killed or injured) it does not know; null where not stated. */
    unknownStatus: optionalCount.optional(),
    /** "at-least" where the Monitor gives its counts as a minimum ("at least 6,897"). */
    qualifier: qualifier.default("exact"),
    /** The Landmine Monitor edition that reported the year, e.g. "Landmine Monitor 2024". */
    edition: z.string().min(5),
    ...attribution,
  })
  .strict();

/** A country's status under the mine-related treaties, as of a date. */
export const treatyStatusSchema = z
  .object({
    country: z.string().min(2),
    asOf: isoDate,
    mineBanTreaty: z.enum(["state-party", "signatory", "not-party"]),
    /** Null where no research figure states the country's status (Armenia). */
    clusterMunitionConvention: z.enum(["state-party", "signatory", "not-party"]).nullable(),
    /** Whether Landmine Monitor lists the country as an anti-personnel mine producer. */
    listedAsProducer: z.boolean().nullable(),
    ...attribution,
  })
  .strict();

/** A row of data/global-casualties.json. */
export type GlobalCasualtyYear = z.infer<typeof globalCasualtyYearSchema>;
/** A row of data/treaty-status.json. */
export type TreatyStatus = z.infer<typeof treatyStatusSchema>;
