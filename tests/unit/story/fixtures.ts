import type { Datasets } from "../../../src/lib/data/datasets.ts";

const attribution = (reportedBy: string, source: string) => ({
  reportedBy,
  sources: [source],
  evidence: ["f"],
});

/** Tiny hand-written datasets: only the rows and fields the story lookups read. */
export const data = {
  sources: [],
  casualtyRunningTotals: [
    {
      asOf: "2024-01-26",
      total: 342,
      killed: 65,
      injured: null,
      qualifier: "exact",
      ...attribution("PGO", "s1"),
    },
    {
      asOf: "2024-05",
      total: 350,
      killed: 70,
      injured: null,
      qualifier: "more-than",
      ...attribution("Ambassador", "s2"),
    },
    {
      asOf: "2024-11-11",
      total: 382,
      killed: 70,
      injured: 312,
      qualifier: "exact",
      ...attribution("PGO", "s3"),
    },
  ],
  contaminationEstimates: [
    {
      id: "mines",
      asOf: "2023-11-28",
      value: 1500000,
      qualifier: "preliminary",
      ...attribution("ANAMA", "s4"),
    },
    {
      id: "area",
      asOf: "2024-10-16",
      value: 1167000,
      qualifier: "about",
      ...attribution("ANAMA", "s5"),
      derived: { method: "added up by the site", fields: ["value"] },
    },
  ],
  events: [
    {
      id: "conference",
      date: "2023-11-28",
      endDate: "2023-11-29",
      description: "More than 100 people from 25 countries; 12,728 items.",
      figures: {
        participants: { value: 100, unit: "people", qualifier: "more-than" },
        countries: { value: 25, unit: "countries", qualifier: "exact" },
      },
      ...attribution("AzerNews", "s6"),
    },
  ],
  districts: [
    {
      id: "AZ-LAC",
      facts: [
        {
          metric: "items-found",
          asOf: "2022-08-31",
          value: 1318,
          qualifier: "exact",
          ...attribution("MoD", "s7"),
        },
      ],
    },
  ],
  donors: [
    {
      id: "eu",
      date: "2023-02",
      amount: 4250000,
      currency: "EUR",
      qualifier: "exact",
      ...attribution("EU", "s8"),
    },
  ],
} as unknown as Datasets;
