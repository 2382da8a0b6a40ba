import type { Datasets } from "../../lib/data/datasets.ts";

/** English title and one-sentence description (what a row is) of every dataset, for the /data/ page and downloads. */
export const datasets: Record<keyof Datasets, { title: string; description: string }> = {
  sources: {
    title: "Sources",
    description:
      "Every publication the site cites, once: publisher, title, date, URL and kind of body.",
  },
  evidence: {
    title: "Evidence",
    description:
      "The verbatim words of a source behind each figure: the quote in its language, an English translation where needed, and the source it comes from.",
  },
  casualtyRunningTotals: {
    title: "Mine victims since the 2020 ceasefire, running totals",
    description:
      "One cumulative count of people killed and injured since 10 November 2020, as one body stated it on one date.",
  },
  casualtiesByYear: {
    title: "Mine victims by year",
    description:
      "People killed and injured in one calendar year (or the part of it a source covers), per reporting body.",
  },
  casualtyHistoricalTotals: {
    title: "Mine victims since the early 1990s",
    description:
      "One cumulative count of victims since the early 1990s, as one body stated it on one date.",
  },
  contaminationEstimates: {
    title: "Contamination estimates",
    description:
      "One stated estimate of contaminated area, share of territory or number of mines, with who said it and when.",
  },
  clearanceByYear: {
    title: "Land cleared by year",
    description: "Hectares cleared and items found in one calendar year, as one body reported it.",
  },
  clearanceRunningTotals: {
    title: "Land cleared since 2020, running totals",
    description:
      "One cumulative count of hectares cleared and items found since November 2020, as one body stated it.",
  },
  clearanceTargets: {
    title: "Clearance targets",
    description:
      "One official clearance target: hectares in a year, or a deadline for the whole task.",
  },
  fundingSplits: {
    title: "Who pays for mine action",
    description:
      "One statement of the state's and international donors' shares or amounts of mine-action funding.",
  },
  donors: {
    title: "Donor contributions",
    description:
      "One donor's stated contribution to mine action in Azerbaijan, in the currency stated.",
  },
  events: {
    title: "Timeline",
    description:
      "One dated event: a ceasefire, a mine-map handover, a conference, a law, a report.",
  },
  claims: {
    title: "Contested claims",
    description:
      "One contested claim, with the other side's published responses and any independent assessment.",
  },
  districts: {
    title: "Districts of Garabagh and East-Zangazur",
    description:
      "One of the 14 focus districts and the sourced facts known about it (possibly none).",
  },
  clearanceAreasNotOnMap: {
    title: "Land cleared in areas that are not map districts",
    description:
      'A sourced figure for an area a source lists that is not one of the 14 map districts (Aghdara, "other districts"); never assigned to a district.',
  },
  globalCasualties: {
    title: "Mine victims worldwide by year",
    description:
      "Landmine Monitor's recorded mine and ERW casualties worldwide in one calendar year.",
  },
  treatyStatus: {
    title: "Treaty status",
    description:
      "One country's status under the Mine Ban Treaty and the Convention on Cluster Munitions.",
  },
  changelog: {
    title: "Corrections and changelog",
    description:
      "One change to the site's data or text: when, what kind (launch, update, correction) and what.",
  },
};
