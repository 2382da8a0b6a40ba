/** English strings of the district map of Garabagh and East-Zangazur. */
export const districtMap = {
  title: "Land cleared in 2025, by district",
  subtitle:
    "Hectares cleared of mines and unexploded ordnance in 2025 in each district of the Garabagh and East-Zangazur economic regions, according to the Cabinet of Ministers. Older figures are in the tooltips and the table.",
  regions: { garabagh: "Garabagh", eastZangazur: "East-Zangazur" },
  /** Neighbouring countries by ISO 3166-1 alpha-3 code, as labelled on the map. */
  neighbours: {
    ARM: "Armenia",
    GEO: "Georgia",
    IRN: "Iran",
    RUS: "Russia",
    TUR: "Türkiye",
  } as Record<string, string>,
  nakhchivan: "Nakhchivan (Azerbaijan)",
  legendTitle: "Hectares cleared in 2025",
  noFigureNote: "No 2025 figure",
  noFigure: "No public figure",
  /** The tooltip's headline line: the year's hectares, or that the source gives none. */
  clearedLine: (value: string, reportedBy: string) =>
    `Cleared in 2025: ${value} (according to ${reportedBy})`,
  noClearedLine: "Cleared in 2025: no figure for this district",
  otherFigures: "Other figures",
  /** A period a fact covers: "1 January 2025 to 31 December 2025". */
  period: (from: string, to: string) => `${from} to ${to}`,
  /** The table's district cell for an area that is not a map district. */
  notOnMap: (name: string) => `${name} (not one of the map's districts; not drawn)`,
  handovers: "Mine maps handed over",
  siteCalculation: "site's own calculation",
  units: {
    mines: (value: string) => `${value} mines`,
    items: (value: string) => `${value} items`,
    ha: (value: string) => `${value} ha`,
    percent: (value: string) => value,
    people: (value: string) => `${value} people`,
  },
  alt: (parts: {
    withFigure: number;
    total: number;
    most: string;
    least: string;
    without: string;
    notDrawn: string;
  }) =>
    `Map of land cleared in 2025 in the districts of Azerbaijan's Garabagh and East-Zangazur economic regions, according to the Cabinet of Ministers. ${String(parts.withFigure)} of the ${String(parts.total)} districts have a 2025 figure, from ${parts.most} down to ${parts.least}.` +
    (parts.without ? ` There is no 2025 figure for ${parts.without}.` : "") +
    (parts.notDrawn
      ? ` The report also lists ${parts.notDrawn}, which the map does not draw.`
      : ""),
  /** "Jabrayil (9,110.4 ha)" in the alt text. */
  altPlace: (name: string, value: string) => `${name} (${value})`,
  notes: [
    "District level only: the map does not show where mines or hazardous areas are.",
    "The report also lists Aghdara (Ağdərə) and “other districts” separately. Aghdara is not one of the map's 14 districts and the report does not say where its cleared land lies; the other districts are not named. Neither is assigned to a district or drawn: their figures are in the table.",
    "Aghjabadi and Barda have no figure of their own in the report; they may or may not be among its “other districts”.",
    "The older figures in the tooltips and the table are scattered reports by different bodies, for different dates and with different scopes; they cannot be compared between districts or added up.",
  ],
  columns: {
    district: "District",
    region: "Economic region",
    metric: "Figure",
    value: "Value",
    unit: "Unit",
    qualifier: "Qualifier",
    periodStart: "Period from",
    asOf: "As of",
    reportedBy: "Reported by",
    mapHandovers: "Mine maps handed over",
  },
} as const;
