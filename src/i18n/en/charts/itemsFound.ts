/** English strings of the "what is found" chart (mines and unexploded ordnance found per year). */
export const itemsFound = {
  title: "What deminers find: mines and unexploded ordnance by year",
  subtitle:
    "Anti-personnel mines, anti-tank mines and unexploded ordnance found and destroyed in the territories regained in 2020, per year where a body published the breakdown.",
  axis: "Items found in the year",
  types: {
    apMines: { long: "Anti-personnel mines", short: "AP mines" },
    atMines: { long: "Anti-tank mines", short: "AT mines" },
    uxo: { long: "Unexploded ordnance", short: "UXO" },
  },
  header: (year: string, who: string) => `${year} · ${who}`,
  partYear: "part of the year",
  noBreakdown: "No breakdown in our sources",
  tip: (year: string, type: string, value: string) => `${year}\n${type}: ${value}`,
  alt: (years: string, lastYear: string, ap: string, at: string, uxo: string, missing: string) =>
    `A breakdown of items found is published for ${years}. In ${lastYear}: ${ap} anti-personnel mines, ${at} anti-tank mines and ${uxo} items of unexploded ordnance. ${missing}`,
  altMissing: (years: string) => `No breakdown was found for ${years}.`,
  notes: [
    "Only years for which a body published all three counts are drawn; the other years are marked 'no breakdown in our sources', not zero (ANAMA has announced some of these breakdowns; we have not yet verified them). The headline hectares for those years are in the clearance chart.",
    "A year marked 'part of the year' covers only the months its source names (see the tooltips); counts the source gives as 'at least' are labelled so.",
    "Running totals since 2020 give other breakdowns; one quote of January 2024 appears to swap the anti-personnel and anti-tank counts, so the chart uses annual figures only.",
  ],
  fullYear: "whole year",
  columns: {
    year: "Year",
    period: "Period covered",
    apMines: "Anti-personnel mines",
    atMines: "Anti-tank mines",
    uxo: "Unexploded ordnance",
    qualifier: "Qualifier",
    measures: "What is counted",
    reportedBy: "Reported by",
  },
} as const;
