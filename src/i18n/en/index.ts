import { charts } from "./charts/index.ts";

/** Every UI string, chart label and note of the English edition; the Azerbaijani and Russian editions mirror this shape. */
export const en = {
  locale: "en-GB",
  lang: "en",
  site: {
    name: "Azerbaijan's landmines",
    title: "The land that still kills: Azerbaijan's landmine problem in data",
    description:
      "How much land in Garabagh and East-Zangazur is contaminated by landmines and unexploded ordnance, who is killed and injured, how fast clearance goes, and who pays — every figure sourced.",
    publisher: "Azerbaijan Landmines Data Project",
  },
  ui: {
    skipToContent: "Skip to content",
    contents: "Contents",
    theme: "Theme",
    themeLight: "Light",
    themeDark: "Dark",
    themeSystem: "System",
    source: "Source",
    sources: "Sources",
    notes: "Notes",
    dataTable: "Data table",
    showData: "Show the data",
    download: "Download",
    embed: "Embed",
    cite: "Cite",
    copyLink: "Copy link to this section",
    linkCopied: "Link copied",
    share: "Share",
    noPublicFigure: "No public figure",
    siteCalculation: "Site's own calculation",
    lastUpdated: "Last updated",
    backToStory: "Back to the story",
    madeWithNaturalEarth: "Made with Natural Earth. Boundaries are approximate (1:10 million).",
    according: "according to",
  },
  charts,
} as const;

/** The shape every edition's strings must have. */
export type Strings = typeof en;
