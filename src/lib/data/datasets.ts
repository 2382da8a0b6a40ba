import type { z } from "zod";
import {
  casualtyHistoricalTotalSchema,
  casualtyRunningTotalSchema,
  casualtyYearSchema,
} from "../schemas/casualties.ts";
import {
  clearanceRunningTotalSchema,
  clearanceTargetSchema,
  clearanceYearSchema,
} from "../schemas/clearance.ts";
import { contaminationEstimateSchema } from "../schemas/contamination.ts";
import { areaNotOnMapSchema, districtSchema } from "../schemas/districts.ts";
import { contestedClaimSchema, timelineEventSchema } from "../schemas/events.ts";
import { donorContributionSchema, fundingSplitSchema } from "../schemas/funding.ts";
import { evidenceSchema } from "../schemas/evidence.ts";
import { sourceSchema } from "../schemas/sources.ts";
import { changelogEntrySchema } from "../schemas/changelog.ts";
import { globalCasualtyYearSchema, treatyStatusSchema } from "../schemas/world.ts";
import { defineDataset } from "./defineDataset.ts";

/** Every dataset in data/, in reading order: drives validation, the /data/ page, downloads and README checks. */
export const datasets = [
  defineDataset({
    name: "sources",
    file: "sources.json",
    schema: sourceSchema,
    orderBy: "id",
    key: (row) => row.id,
  }),
  defineDataset({
    name: "evidence",
    file: "evidence.json",
    schema: evidenceSchema,
    orderBy: "id",
    key: (row) => row.id,
  }),
  defineDataset({
    name: "casualtyRunningTotals",
    file: "casualties-running-totals.json",
    schema: casualtyRunningTotalSchema,
    orderBy: "asOf",
    key: (row) => `${row.asOf}/${row.reportedBy}`,
  }),
  defineDataset({
    name: "casualtiesByYear",
    file: "casualties-by-year.json",
    schema: casualtyYearSchema,
    orderBy: "year",
    key: (row) => `${String(row.year)}/${row.periodStart}..${row.periodEnd}/${row.reportedBy}`,
  }),
  defineDataset({
    name: "casualtyHistoricalTotals",
    file: "casualties-historical.json",
    schema: casualtyHistoricalTotalSchema,
    orderBy: "asOf",
    key: (row) => `${row.asOf}/${row.reportedBy}`,
  }),
  defineDataset({
    name: "contaminationEstimates",
    file: "contamination-estimates.json",
    schema: contaminationEstimateSchema,
    orderBy: "asOf",
    key: (row) => row.id,
  }),
  defineDataset({
    name: "clearanceByYear",
    file: "clearance-by-year.json",
    schema: clearanceYearSchema,
    orderBy: "year",
    key: (row) => `${String(row.year)}/${row.reportedBy}`,
  }),
  defineDataset({
    name: "clearanceRunningTotals",
    file: "clearance-running-totals.json",
    schema: clearanceRunningTotalSchema,
    orderBy: "asOf",
    key: (row) => `${row.asOf}/${row.reportedBy}`,
  }),
  defineDataset({
    name: "clearanceTargets",
    file: "clearance-targets.json",
    schema: clearanceTargetSchema,
    orderBy: "statedOn",
    key: (row) => row.id,
  }),
  defineDataset({
    name: "fundingSplits",
    file: "funding-split.json",
    schema: fundingSplitSchema,
    orderBy: "asOf",
    key: (row) => row.id,
  }),
  defineDataset({
    name: "donors",
    file: "donors.json",
    schema: donorContributionSchema,
    orderBy: "date",
    key: (row) => row.id,
  }),
  defineDataset({
    name: "events",
    file: "events.json",
    schema: timelineEventSchema,
    orderBy: "date",
    key: (row) => row.id,
  }),
  defineDataset({
    name: "claims",
    file: "claims.json",
    schema: contestedClaimSchema,
    orderBy: "date",
    key: (row) => row.id,
  }),
  defineDataset({
    name: "districts",
    file: "districts.json",
    schema: districtSchema,
    key: (row) => row.id,
  }),
  defineDataset({
    name: "clearanceAreasNotOnMap",
    file: "clearance-areas-not-on-map.json",
    schema: areaNotOnMapSchema,
    orderBy: "asOf",
    key: (row) => row.id,
  }),
  defineDataset({
    name: "globalCasualties",
    file: "global-casualties.json",
    schema: globalCasualtyYearSchema,
    orderBy: "year",
    key: (row) => String(row.year),
  }),
  defineDataset({
    name: "treatyStatus",
    file: "treaty-status.json",
    schema: treatyStatusSchema,
    key: (row) => row.country,
  }),
  defineDataset({
    name: "changelog",
    file: "changelog.json",
    schema: changelogEntrySchema,
    orderBy: "date",
    key: (row) => `${row.date}/${row.description.slice(0, 40)}`,
  }),
] as const;

/** Every dataset's validated rows, by dataset name (the type follows the registry). */
export type Datasets = {
  readonly [Definition in (typeof datasets)[number] as Definition["name"]]: readonly z.output<
    Definition["schema"]
  >[];
};
