/** English strings of the "land cleared per year" chart. */
export const clearancePaceByYear = {
  title: "Land cleared each year, against the official targets",
  subtitle:
    "Hectares cleared of mines and unexploded ordnance in the territories regained in 2020, per calendar year, as the Prime Minister reported to parliament (bars), against the target set for the year (dashes). Other bodies' figures for the same year are small markers.",
  yLabel: "Hectares per year",
  target: "target",
  partYear: "part of year",
  noTotal: "no all-operator total",
  noFigureYet: "no figure yet",
  keyTitle: "Other figures:",
  partYearKey: "hollow: part of the year",
  /** The key's words for the bodies whose figures are not the headline series (their shapes are the chart's). */
  markers: {
    ANAMA: "ANAMA",
    "Ministry of Defence": "Army units only",
    "Mine Action Review": "Mine Action Review (narrow scope)",
  } as Partial<Record<string, string>>,
  otherMarker: "other body",
  hectares: (value: string) => `${value} ha cleared`,
  partial: (period: string) => `Part of the year only: ${period}`,
  period: (start: string, end: string) => `${start} to ${end}`,
  targetTip: (year: string, value: string) => `Target for ${year}: ${value} ha`,
  stated: (date: string) => `stated ${date}`,
  alt: (first: string, firstYear: string, last: string, lastYear: string, met: string) =>
    `Land cleared per year rose from ${first} hectares in ${firstYear} to ${last} hectares in ${lastYear}, according to the Prime Minister's reports. ${met}`,
  altTargets: (met: number, of: number) =>
    `The reported figure was at or above the year's target in ${String(met)} of ${String(of)} years with a target.`,
  notes: [
    "Bars are the Prime Minister's annual figures for all operators. Markers are other bodies' figures for the same year: ANAMA's own count, the Army's engineer units alone, and Mine Action Review's far narrower measures (anti-personnel minefields only, or land that actually contained cluster munitions), which are explained in their tooltips.",
    "Hollow markers and outlined bars cover only part of the year. No body published an all-operator figure for 2021; the current year has a target but no figure yet.",
    "Targets are shown as stated; several are 'more than' the figure.",
  ],
  fullYear: "whole year",
  columns: {
    year: "Year",
    period: "Period covered",
    kind: "Kind",
    hectares: "Hectares",
    qualifier: "Qualifier",
    measures: "What is counted",
    reportedBy: "Reported by",
    note: "Note",
  },
  kinds: { primary: "headline figure", other: "other figure", target: "target" },
} as const;
