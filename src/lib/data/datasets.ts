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
import { districtSchema } from "../schemas/districts.ts";
import { contestedClaimSchema, timelineEventSchema } from "../schemas/events.ts";
import { donorContributionSchema, fundingSplitSchema } from "../schemas/funding.ts";
import { sourceSchema } from "../schemas/sources.ts";
import { changelogEntrySchema } from "../schemas/changelog.ts";
import { globalCasualtyYearSchema, treatyStatusSchema } from "../schemas/world.ts";
import { defineDataset } from "./defineDataset.ts";

/** Every dataset in data/, in reading order: drives validation, the /data/ page, downloads and README checks. */
export const datasets = [
  defineDataset({
    name: "sources",
    file: "sources.json",
    title: "Sources",
    description:
      "Every publication the site cites, once: publisher, title, date, URL and kind of body.",
    schema: sourceSchema,
    orderBy: "id",
    key: (row) => row.id,
  }),
  defineDataset({
    name: "casualtyRunningTotals",
    file: "casualties-running-totals.json",
    title: "Mine victims since the 2020 ceasefire, running totals",
    description:
      "One cumulative count of people killed and injured since 10 November 2020, as one body stated it on one date.",
    schema: casualtyRunningTotalSchema,
    orderBy: "asOf",
    key: (row) => `${row.asOf}/${row.reportedBy}`,
  }),
  defineDataset({
    name: "casualtiesByYear",
    file: "casualties-by-year.json",
    title: "Mine victims by year",
    description:
      "People killed and injured in one calendar year (or the part of it a source covers), per reporting body.",
    schema: casualtyYearSchema,
    orderBy: "year",
    key: (row) => `${String(row.year)}/${row.periodStart}..${row.periodEnd}/${row.reportedBy}`,
  }),
  defineDataset({
    name: "casualtyHistoricalTotals",
    file: "casualties-historical.json",
    title: "Mine victims since the early 1990s",
    description:
      "One cumulative count of victims since the early 1990s, as one body stated it on one date.",
    schema: casualtyHistoricalTotalSchema,
    orderBy: "asOf",
    key: (row) => `${row.asOf}/${row.reportedBy}`,
  }),
  defineDataset({
    name: "contaminationEstimates",
    file: "contamination-estimates.json",
    title: "Contamination estimates",
    description:
      "One stated estimate of contaminated area, share of territory or number of mines, with who said it and when.",
    schema: contaminationEstimateSchema,
    orderBy: "asOf",
    key: (row) => row.id,
  }),
  defineDataset({
    name: "clearanceByYear",
    file: "clearance-by-year.json",
    title: "Land cleared by year",
    description: "Hectares cleared and items found in one calendar year, as one body reported it.",
    schema: clearanceYearSchema,
    orderBy: "year",
    key: (row) => `${String(row.year)}/${row.reportedBy}`,
  }),
  defineDataset({
    name: "clearanceRunningTotals",
    file: "clearance-running-totals.json",
    title: "Land cleared since 2020, running totals",
    description:
      "One cumulative count of hectares cleared and items found since November 2020, as one body stated it.",
    schema: clearanceRunningTotalSchema,
    orderBy: "asOf",
    key: (row) => `${row.asOf}/${row.reportedBy}`,
  }),
  defineDataset({
    name: "clearanceTargets",
    file: "clearance-targets.json",
    title: "Clearance targets",
    description:
      "One official clearance target: hectares in a year, or a deadline for the whole task.",
    schema: clearanceTargetSchema,
    orderBy: "statedOn",
    key: (row) => row.id,
  }),
  defineDataset({
    name: "fundingSplits",
    file: "funding-split.json",
    title: "Who pays for mine action",
    description:
      "One statement of the state's and international donors' shares or amounts of mine-action funding.",
    schema: fundingSplitSchema,
    orderBy: "asOf",
    key: (row) => row.id,
  }),
  defineDataset({
    name: "donors",
    file: "donors.json",
    title: "Donor contributions",
    description:
      "One donor's stated contribution to mine action in Azerbaijan, in the currency stated.",
    schema: donorContributionSchema,
    orderBy: "date",
    key: (row) => row.id,
  }),
  defineDataset({
    name: "events",
    file: "events.json",
    title: "Timeline",
    description:
      "One dated event: a ceasefire, a mine-map handover, a conference, a law, a report.",
    schema: timelineEventSchema,
    orderBy: "date",
    key: (row) => row.id,
  }),
  defineDataset({
    name: "claims",
    file: "claims.json",
    title: "Contested claims",
    description:
      "One contested claim, with the other side's published responses and any independent assessment.",
    schema: contestedClaimSchema,
    orderBy: "date",
    key: (row) => row.id,
  }),
  defineDataset({
    name: "districts",
    file: "districts.json",
    title: "Districts of Garabagh and East-Zangazur",
    description:
      "One of the 14 focus districts and the sourced facts known about it (possibly none).",
    schema: districtSchema,
    key: (row) => row.id,
  }),
  defineDataset({
    name: "globalCasualties",
    file: "global-casualties.json",
    title: "Mine victims worldwide by year",
    description:
      "Landmine Monitor's recorded mine and ERW casualties worldwide in one calendar year.",
    schema: globalCasualtyYearSchema,
    orderBy: "year",
    key: (row) => String(row.year),
  }),
  defineDataset({
    name: "treatyStatus",
    file: "treaty-status.json",
    title: "Treaty status",
    description:
      "One country's status under the Mine Ban Treaty and the Convention on Cluster Munitions.",
    schema: treatyStatusSchema,
    key: (row) => row.country,
  }),
  defineDataset({
    name: "changelog",
    file: "changelog.json",
    title: "Corrections and changelog",
    description:
      "One change to the site's data or text: when, what kind (launch, update, correction) and what.",
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
