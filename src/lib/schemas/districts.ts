import { z } from "zod";
import { attribution, isoDate, qualifier } from "./common.ts";

/** The two economic regions (2021 division) the site focuses on. */
export const focusRegion = z.enum(["garabagh", "east-zangazur"]);

/** One sourced fact about a district: mapped mines, items found, land cleared, victims (never a hazard-area guess). */
export const districtFactSchema = z
  .object({
    metric: z.enum([
      "mines-on-handed-over-maps",
      "items-found",
      "cluster-munitions-found",
      "land-cleared",
      "share-cleared",
      "casualties",
    ]),
    value: z.number().nonnegative(),
    unit: z.enum(["mines", "items", "ha", "percent", "people"]),
    asOf: isoDate,
    qualifier: qualifier.default("exact"),
    /** Short label for the fact in the reader's words. */
    label: z.string().min(5),
    ...attribution,
  })
  .strict();

/** One of the 14 districts of Garabagh and East-Zangazur, and what is publicly known about it (possibly nothing). */
export const districtSchema = z
  .object({
    /** ISO 3166-2:AZ code, matching an id in data/geo/azerbaijan.topo.json. */
    id: z.string().regex(/^AZ-[A-Z]{2,3}$/, "must be an ISO 3166-2:AZ code like AZ-AGM"),
    nameEn: z.string().min(2),
    nameAz: z.string().min(2),
    region: focusRegion,
    /** Mine-map handover dates concerning the district, if any. */
    mapHandovers: z.array(z.object({ date: isoDate, eventId: z.string() }).strict()),
    facts: z.array(districtFactSchema),
  })
  .strict();

/** A row of data/districts.json. */
export type District = z.infer<typeof districtSchema>;
/** One fact in a district row. */
export type DistrictFact = z.infer<typeof districtFactSchema>;
