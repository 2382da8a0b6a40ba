/** English strings of the "clearance progress and time left" chart. */
export const clearancePaceProgress = {
  title: "How much is cleared, and how long the rest would take",
  subtitle:
    "Land cleared since November 2020 (cumulative), as the Prime Minister reported it, against the latest official estimate of the hazardous area. The dashed line is the site's own projection at the recent pace, not an official forecast.",
  yLabel: "Hectares cleared since Nov 2020",
  estimate: (value: string) => `Hazardous area: ${value}`,
  estimateWho: (who: string, date: string) => `${who}, ${date}`,
  projection: (from: string, to: string, pace: string, year: string) =>
    `Site's own calculation: at the ${from}–${to} average\n(about ${pace} ha a year), done in ${year}`,
  projectionShort: (from: string, to: string, pace: string, year: string) =>
    `Site's calculation:\n${from}–${to} average,\n~${pace} ha a year\n→ ${year}`,
  neverAtThisPace: "At zero pace the clearance would never end",
  deadline: (year: string, what: string) => `${year} ${what}`,
  deadlineWord: "deadline",
  cumulativeTarget: "target",
  targetTip: (value: string, year: string) => `Target: ${value} ha cleared by the end of ${year}`,
  cumulativeTip: (date: string, value: string) =>
    `${date}\n${value} ha cleared since November 2020`,
  projectionTip: (remaining: string, pace: string, years: string, year: string) =>
    `Site's own calculation: ${remaining} ha left ÷ ${pace} ha a year = ${years} years, so about ${year}`,
  operators: (who: string) => `Counted: ${who}`,
  latest: (value: string) => value,
  /** What an end date is, by who stated it, where it is not an official deadline; the tooltips quote the statement. */
  shortNames: {
    "President of Azerbaijan (citing international experts)": "(30-year estimate)",
  } as Partial<Record<string, string>>,
  alt: (cleared: string, date: string, estimate: string, who: string, projection: string) =>
    `${cleared} hectares had been cleared by ${date}, against a hazardous area of ${estimate} hectares estimated by ${who}. ${projection}`,
  altProjection: (pace: string, from: string, to: string, year: string) =>
    `At the ${from}–${to} average of about ${pace} hectares a year, the rest would be cleared in about ${year} (the site's own calculation).`,
  notes: [
    "Projection (the site's own calculation): pace = the mean of the hectares cleared in the last three full calendar years of the Prime Minister's annual figures; years left = (latest estimate of the hazardous area − latest cumulative total) ÷ pace, counted from the date of that total. It assumes the pace stays as it is and the estimate does not change; survey can shrink an estimate and new finds can grow it.",
    "The estimate (ANAMA's) and the cumulative total (the Prime Minister's) come from different bodies, and the total is 'nearly' the stated figure; both are shown as stated.",
    "Faint points are running totals from other bodies, some counting only one operator (e.g. the Army's units or ANAMA alone); they are not a second series.",
    "Open squares are official cumulative targets (hectares cleared by the end of a year). Vertical lines are stated end dates: official deadlines, and an estimate of the time needed that the President attributed to international experts.",
  ],
  conversion:
    "The site's conversion of the stated area to hectares (1 km² = 100 ha, an exact conversion).",
  columns: {
    date: "As of",
    kind: "Kind",
    hectares: "Hectares",
    qualifier: "Qualifier",
    operators: "Who is counted",
    reportedBy: "Reported by",
    note: "Note",
  },
  kinds: {
    primary: "running total (headline)",
    other: "running total (other body)",
    estimate: "estimated hazardous area",
    target: "cumulative target",
    deadline: "end date",
    projection: "site's own calculation",
  },
} as const;
