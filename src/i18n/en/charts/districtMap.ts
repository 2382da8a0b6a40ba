/** English strings of the district map of Garabagh and East-Zangazur. */
export const districtMap = {
  title: "What is publicly known, district by district",
  subtitle:
    "The districts of the Garabagh and East-Zangazur economic regions, with every sourced figure found for each. Most districts have none.",
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
  noFigureNote: "No public figure for hatched districts",
  noFigure: "No public figure",
  handovers: "Mine maps handed over",
  siteCalculation: "site's own calculation",
  units: {
    mines: (value: string) => `${value} mines`,
    items: (value: string) => `${value} items`,
    ha: (value: string) => `${value} ha`,
    percent: (value: string) => value,
    people: (value: string) => `${value} people`,
  },
  qualifiers: {
    exact: (value: string) => value,
    about: (value: string) => `about ${value}`,
    nearly: (value: string) => `nearly ${value}`,
    "more-than": (value: string) => `more than ${value}`,
    "at-least": (value: string) => `at least ${value}`,
    "up-to": (value: string) => `up to ${value}`,
    preliminary: (value: string) => `${value} (preliminary)`,
  },
  alt: (withFigures: number, total: number, without: string) =>
    `Map of Azerbaijan's Garabagh and East-Zangazur economic regions by district. ${String(withFigures)} of the ${String(total)} districts have at least one public figure; no public figure was found for ${without}.`,
  notes: [
    "District level only: the map does not show where mines or hazardous areas are.",
    "The figures are scattered reports by different bodies, for different dates and with different scopes; they cannot be compared between districts or added up.",
  ],
  columns: {
    district: "District",
    region: "Economic region",
    metric: "Figure",
    value: "Value",
    unit: "Unit",
    qualifier: "Qualifier",
    asOf: "As of",
    reportedBy: "Reported by",
    mapHandovers: "Mine maps handed over",
  },
} as const;
