/** English strings of the "victims since the ceasefire" chart. */
export const victimsSinceCeasefire = {
  title: "Mine victims since the 2020 ceasefire",
  subtitle:
    "People killed and injured by landmines and unexploded ordnance since 10 November 2020, as running totals reported by Azerbaijani official bodies, a national NGO and Azerbaijani media. Each point is one report.",
  yLabel: "People",
  total: "Total",
  killed: "Killed",
  injured: "Injured",
  noReport: "no report",
  alt: (from: string, fromDate: string, to: string, toDate: string, reports: number) =>
    `Reported victims rose from ${from} in ${fromDate} to ${to} in ${toDate}, across ${String(reports)} reports.`,
  notes: [
    "The points come from different bodies (ANAMA, the Prosecutor General's Office, the Foreign Ministry, the presidential administration, the national campaign against landmines, news agencies), and their totals for similar dates differ slightly; each tooltip says who made the report. There is no independent count.",
    "The points are not joined: consecutive reports often come from different bodies, and nothing is known of the count between two reports. Shaded stretches are periods of more than five months with no report.",
    "Counts of civilians only are left out. Counts limited to the regained territories, and rounded ones ('about', 'more than'), are drawn as stated; the data table lists every report.",
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
