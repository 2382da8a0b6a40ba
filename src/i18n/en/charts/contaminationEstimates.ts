/** English strings of the "how much land" chart (competing contamination estimates). */
export const contaminationEstimates = {
  title: "How much land is contaminated, and how many mines",
  subtitle:
    "Every published estimate of the hazardous area in the territories Azerbaijan regained in 2020, and of the number of mines there, beside what has actually been found. Each bar is one statement, with who made it and when.",
  areaHeading: "Hazardous area, square kilometres",
  minesHeading: "Mines: estimated, on maps, found",
  areaAxis: "km² (hectares ÷ 100: the site's conversion)",
  minesAxis: "Mines or items",
  groups: {
    estimated: "Mines estimated (not counted)",
    maps: "On maps and records",
    found: "Found so far (cumulative)",
  },
  segments: {
    high: "high",
    mediumLow: "medium/low",
  },
  metrics: {
    "hazardous-area": "Hazardous area",
    "high-contamination-area": "High contamination",
    "medium-low-contamination-area": "Medium or low contamination",
    "share-of-territory": "Share of territory",
    "estimated-mines": "Estimated mines",
    "mines-on-handed-over-maps": "On maps or records",
    "items-found": "Found",
  },
  units: {
    ha: "ha",
    km2: "km²",
    percent: "%",
    mines: "mines",
    items: "items",
  },
  /** Short names of reporting bodies for the bar labels; the tooltip and table use the full name. */
  shortNames: {
    "Azerbaijan Campaign to Ban Landmines": "AzCBL",
    "Ministry of Foreign Affairs": "Foreign Ministry",
    "Presidential representative Elchin Amirbayov": "Presidential envoy",
    "Ambassador of Azerbaijan (Mustafayev, in Diplomat Magazine)": "Ambassador Mustafayev",
    "Cabinet of Ministers (Prime Minister's annual report)": "Prime Minister",
  } as Partial<Record<string, string>>,
  conversion: (km2: string) => `= ${km2} km² (the site's conversion, hectares ÷ 100)`,
  sum: (total: string, unit: string) => `together ${total} ${unit} (the site's own sum)`,
  altArea: (low: string, high: string) =>
    `Published estimates of the hazardous area range from ${low} to ${high}.`,
  altAreaOne: (only: string) => `The published estimate of the hazardous area is ${only}.`,
  altMines: (mines: string, found: string) =>
    `The number of mines is estimated at up to ${mines}, while ${found}.`,
  altStatement: (value: string, who: string, when: string) => `${value} (${who}, ${when})`,
  altFound: (value: string, who: string, when: string) =>
    `${who} put what had been found by ${when} at ${value}`,
  notes: [
    "Area figures stated in hectares are drawn in square kilometres so that all estimates share one axis: 1 km² = 100 ha, an exact conversion, but the site's own calculation. Bars are labelled with the value as stated.",
    "Where a source splits the area into high and medium or low contamination, the two parts are stacked; their total is the site's own sum, not a stated figure.",
    "The number of mines is an estimate, not a count: ANAMA calls its headline estimate preliminary, and no independent body has verified it or published an estimate of its own. Items found include unexploded ordnance as well as mines where the source says so.",
    "Only statements about the territories regained in 2020 are shown. Older figures (Landmine Monitor on the areas under government control before 2020; HALO Trust's 1995 survey of the area it called Nagorno Karabakh) measure other territory and are left out.",
  ],
  conversionMethod:
    "The site's conversion of the stated area to square kilometres (1 km² = 100 ha, an exact conversion).",
  columns: {
    date: "As of",
    metric: "What",
    stated: "As stated",
    unit: "Unit",
    qualifier: "Qualifier",
    km2: "km² (site's conversion)",
    measures: "What exactly is measured",
    reportedBy: "Reported by",
    note: "Note",
  },
} as const;
