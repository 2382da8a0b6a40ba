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
    /** First day of the period a figure covers (land cleared during 2025: "2025-01-01"); absent for a total to `asOf`. */
    periodStart: isoDate.optional(),
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

/**
 * A sourced figure for an area that is not one of the 14 map districts (a unit the source lists separately, such
 * as Aghdara, or "other districts"): shown in the district map's note and table, never drawn or assigned.
 */
export const areaNotOnMapSchema = districtFactSchema
  .extend({
    /** Slug of the area and period, e.g. "aghdara-2025". */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The area's name in English, as the source lists it. */
    nameEn: z.string().min(2),
    /** The area's name in the source's words. */
    nameAz: z.string().min(2),
  })
  .strict();

/** A row of data/clearance-areas-not-on-map.json. */
export type AreaNotOnMap = z.infer<typeof areaNotOnMapSchema>;

/** A row of data/districts.json. */
export type District = z.infer<typeof districtSchema>;
/** One fact in a district row. */
export type DistrictFact = z.infer<typeof districtFactSchema>;
