import type { CalculationWords } from "../../lib/story/calculationWords.ts";

/** How the site's own calculations are described, in English. */
export const calculations: CalculationWords = {
  anamaCategoriesKm2: (high, low, when, rounded) =>
    `ANAMA's ${high} ha of high and ${low} ha of medium/low contamination (${when}) added and converted to km² (100 ha = 1 km²)${rounded ? ", rounded to the nearest km²" : ""}`,
  circa: (date) => `c. ${date}`,
  clearedShareOfHazardArea: (cleared, area) =>
    `the Cabinet's ${cleared} ha cleared since 2020 divided by ANAMA's estimate of ${area} ha of hazardous area (both stated as approximate), rounded to one decimal`,
  clearedInGreatReturnYears: (sum) =>
    `sum of the Cabinet's annual figures for 2022–2025 (${sum} ha)`,
  killedSince1991Gap: (later, earlier) =>
    `ANAMA chair's ${later} killed since 1991 (April 2024) minus his ${earlier} (May 2023)`,
  killedSince2020Added: (later, earlier) =>
    `ANAMA's ${later} killed since the ceasefire (3 April 2024) minus its ${earlier} (25 May 2023)`,
  share: (what, parts, whole) => `${what}: ${parts} of ${whole}, rounded to the nearest percent`,
  civilianShareApril2024:
    "civilians killed and injured as a share of all victims in the presidential aide's breakdown of 24 April 2024",
  civilianShareOfKilled:
    "civilians as a share of those killed in the presidential aide's breakdown of 11 November 2024",
  militaryShareOfInjured:
    "military personnel as a share of those injured in the presidential aide's breakdown of 11 November 2024",
  outlook: (area, cleared, clearedBy, first, last, annual) =>
    `ANAMA's estimated hazardous area (${area} ha, October 2024, preliminary) minus the Cabinet's ` +
    `${cleared} ha cleared by ${clearedBy ?? "its latest report"}, divided by the mean of the Cabinet's annual ` +
    `clearance in ${first}–${last} (${annual} ha); ` +
    `pace rounded to whole hectares a year, years left to whole years. Assumes the pace and the estimate stay as they are: not a forecast`,
};
