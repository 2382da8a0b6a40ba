import { z } from "zod";
import { attribution, isoDate, qualifier } from "./common.ts";

/** What a contamination estimate measures. */
export const contaminationMetric = z.enum([
  "hazardous-area",
  "high-contamination-area",
  "medium-low-contamination-area",
  "share-of-territory",
  "estimated-mines",
  "mines-on-handed-over-maps",
  "items-found",
]);

/** One stated estimate of contamination (area, share of territory or number of mines), with who said it and when. */
export const contaminationEstimateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lowercase slug"),
    asOf: isoDate,
    metric: contaminationMetric,
    /** The number as stated, in `unit` (never converted silently: a conversion is a `derived` row). */
    value: z.number().positive(),
    unit: z.enum(["ha", "km2", "percent", "mines", "items"]),
    qualifier: qualifier.default("exact"),
    /** What exactly is measured, in the source's terms, e.g. "suspected and confirmed hazardous area, all of Azerbaijan's regained territories". */
    measures: z.string().min(10),
    ...attribution,
  })
  .strict();

/** A row of data/contamination-estimates.json. */
export type ContaminationEstimate = z.infer<typeof contaminationEstimateSchema>;
