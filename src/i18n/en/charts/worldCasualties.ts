/** English strings of the "world" chart. */
export const worldCasualties = {
  title: "Azerbaijan's toll beside the world's",
  subtitle:
    "People killed or injured by mines and explosive remnants of war worldwide each year, as recorded by the Landmine Monitor, with Azerbaijan's yearly figures drawn to the same scale.",
  world: "World",
  azerbaijan: "Azerbaijan",
  noWorldFigure: (years: string) => `${years}: not in our sources`,
  noAzerbaijanFigure: "Azerbaijan: no full-year figure",
  azerbaijanValue: (value: string) => `Azerbaijan ${value}`,
  worldTip: (year: string, value: string, edition: string) =>
    `${year}\nWorld: ${value} killed or injured\naccording to Landmine Monitor (${edition})`,
  worldSplit: (killed: string, injured: string) => `Killed: ${killed} · Injured: ${injured}`,
  worldKilled: (killed: string) => `Killed: ${killed}`,
  worldUnknown: (people: string) => `Status unknown (killed or injured): ${people}`,
  azerbaijanTip: (year: string, value: string, body: string) =>
    `${year}\nAzerbaijan: ${value} killed or injured\naccording to ${body}\nA national count, not the Monitor's own figure for Azerbaijan`,
  alsoReported: "Also reported:",
  gapTip: (years: string) =>
    `${years}\nThe Landmine Monitor's figures for these years are not in our sources`,
  /** One of Azerbaijan's years in the alt text: "20 in 2007". */
  yearValue: (value: string, year: string) => `${value} in ${year}`,
  alt: (
    from: string,
    to: string,
    min: string,
    minYear: string,
    max: string,
    maxYear: string,
    aze: string,
  ) =>
    `Landmine Monitor recorded between ${min} (${minYear}) and ${max} (${maxYear}) mine and ERW casualties worldwide a year in the years shown from ${from} to ${to}. Azerbaijan's full-year figures (${aze}) are a sliver at the same scale.`,
  notes: [
    "Azerbaijan's figures are national counts by Azerbaijani bodies (and, for 2013, ANAMA's count as cited by the Monitor), not the Landmine Monitor's own figures for Azerbaijan, which we have not retrieved; scope and counting rules differ, so they are shown for scale, not as a share of the world total.",
    "Only full calendar years are drawn for Azerbaijan; no full-year figure exists for 2021 or 2022.",
    "Neither Azerbaijan nor Armenia has joined the Mine Ban Treaty (Ottawa Convention), according to the Landmine Monitor.",
  ],
  columns: {
    year: "Year",
    place: "Place",
    total: "Killed or injured",
    killed: "Killed",
    injured: "Injured",
    unknownStatus: "Status unknown",
    reportedBy: "Reported by",
    edition: "Edition",
  },
} as const;
