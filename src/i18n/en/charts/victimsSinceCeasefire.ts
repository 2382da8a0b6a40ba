/** English strings of the "victims since the ceasefire" chart. */
export const victimsSinceCeasefire = {
  title: "Mine victims since the 2020 ceasefire",
  subtitle:
    "People killed and injured by landmines and unexploded ordnance since 10 November 2020, as running totals reported by Azerbaijani official bodies. Each point is one report.",
  yLabel: "People",
  total: "Total",
  killed: "Killed",
  injured: "Injured",
  noReport: "no report",
  alt: (from: string, fromDate: string, to: string, toDate: string, reports: number) =>
    `Reported victims rose from ${from} in ${fromDate} to ${to} in ${toDate}, across ${String(reports)} reports.`,
  notes: [
    "Bodies count differently (some only civilians, some only the regained territories) and their totals for similar dates differ slightly; every report is shown with who made it.",
    "Dashed lines join consecutive reports: they do not mean the count rose evenly in between. Shaded stretches are periods with no report.",
  ],
  columns: {
    date: "As of",
    total: "Total",
    killed: "Killed",
    injured: "Injured",
    reportedBy: "Reported by",
    scope: "Scope",
  },
} as const;
