/** English strings of the "casualties by year" chart. */
export const casualtiesByYear = {
  title: "Mine victims year by year",
  subtitle:
    "People killed or injured by landmines and unexploded ordnance in each calendar year, as reported. Outlined bars cover only part of a year.",
  baselineGroup: "Before the 2020 war (Landmine Monitor)",
  postWarGroup: "Since the 2020 war (official and NGO counts)",
  xLabel: "People killed or injured",
  total: "Total",
  killed: "Killed",
  injured: "Injured",
  /** The label of a partial year, e.g. "Jan–Jul only". */
  partialOnly: (months: string) => `${months} only`,
  noFullYear: "no full-year figure",
  noFigure: "no figure",
  injuredOnly: (injured: string) => `${injured} injured`,
  totalNotPublished: "total not published",
  siteSum: "site's sum",
  siteSumTip:
    "Total: the site's own calculation (killed + injured; the source gives only the parts)",
  alsoReported: "Also reported for this year:",
  noRowTip: (year: string) => `${year}\nNo figure for this year in our sources`,
  altBaseline: (from: string, to: string, min: string, max: string) =>
    `Before the 2020 war, the Landmine Monitor years shown (${from}–${to}) have between ${min} and ${max} victims a year.`,
  altPartial: (years: string) => `For ${years} only part-year figures exist.`,
  altFull: (list: string) => `Full-year totals since the war: ${list}.`,
  altInjuredOnly: (year: string, injured: string) =>
    `For ${year} only the number injured is published: ${injured}.`,
  altFullItem: (total: string, year: string) => `${total} in ${year}`,
  and: "and",
  notes: [
    "Where several bodies report one year, the chart shows one row by a fixed rule: a full year over part of a year, then the longest period, then the first row in the data file. The others are in the tooltip and the table.",
    "Outlined bars cover only part of a year and cannot be compared with full years. No full-year total for 2021 or 2022 was found in any source.",
    "Before 2020 the figures are ANAMA's and the national campaign's counts as cited by Landmine Monitor, for the areas then under Azerbaijani control; after the war most counts cover the whole country, including the regained territories (the part-year count for 2024 covers the regained territories only). The two series are not directly comparable.",
  ],
  columns: {
    year: "Year",
    periodStart: "From",
    periodEnd: "To",
    coverage: "Coverage",
    series: "Series",
    total: "Total",
    killed: "Killed",
    injured: "Injured",
    reportedBy: "Reported by",
    shown: "Drawn on the chart",
    method: "Site's calculation",
  },
  yes: "yes",
  no: "no",
} as const;
