/** English strings of the "who is hurt" chart. */
export const whoIsHurt = {
  title: "Who is hurt",
  subtitle:
    "Civilians and military personnel killed and injured by mines since the 10 November 2020 ceasefire, from the latest running total that gives all four numbers.",
  killed: "Killed",
  injured: "Injured",
  civilians: "Civilians",
  military: "Military",
  /** A group heading with the source's own total, e.g. "Killed: 70". */
  groupTotal: (group: string, total: string) => `${group}: ${total}`,
  asOf: (date: string, body: string) => `As of ${date}, according to ${body}`,
  tip: (who: string, outcome: string, value: string, date: string, body: string) =>
    `${who}, ${outcome.toLowerCase()}: ${value}\nSince 10 November 2020, as of ${date}\naccording to ${body}`,
  alt: (date: string, body: string, kc: string, km: string, ic: string, im: string) =>
    `As of ${date}, ${body} reported ${kc} civilians and ${km} military personnel killed, and ${ic} civilians and ${im} military personnel injured by mines since the November 2020 ceasefire.`,
  noSplit: "No running total with a civilian/military split of both the killed and the injured.",
  notes: [
    "Only the split the source gives is shown; the site computes no shares.",
    "Earlier running totals with the same split, from other dates and bodies, are in the running-totals data.",
  ],
  columns: {
    asOf: "As of",
    outcome: "Outcome",
    group: "Group",
    people: "People",
    reportedBy: "Reported by",
  },
} as const;
