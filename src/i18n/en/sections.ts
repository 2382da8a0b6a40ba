import type { SectionId } from "../../lib/story/sections.ts";

/** English title and one-sentence summary (for the contents, share cards and search) of every story section. */
export const sections: Record<SectionId, { title: string; summary: string }> = {
  "what-happened": {
    title: "What happened",
    summary:
      "Two wars, a ceasefire in November 2020, and heavily mined land back under Azerbaijani control.",
  },
  "how-much-land": {
    title: "How much land, how many mines",
    summary: "Official estimates of the contaminated area and the number of mines differ widely.",
  },
  toll: {
    title: "The toll",
    summary:
      "Running totals of people killed and injured since the 2020 ceasefire, and since the 1990s.",
  },
  "who-is-hurt": {
    title: "Who is hurt",
    summary: "Civilians and soldiers, killed and injured, in the latest official breakdown.",
  },
  where: {
    title: "Where",
    summary: "The districts of Garabagh and East-Zangazur, and what is publicly known about each.",
  },
  clearance: {
    title: "Clearing the land",
    summary:
      "How many hectares are cleared each year, against the targets, and how long it could take.",
  },
  "mine-maps": {
    title: "The mine maps and the contested claims",
    summary:
      "The 2021 map handovers, their disputed accuracy, and claims about where the mines came from.",
  },
  "who-pays": {
    title: "Who pays",
    summary:
      "By every account, the state budget carries most of the cost; international donors and the Baku conferences.",
  },
  world: {
    title: "Azerbaijan in the world",
    summary: "Global mine casualties, and the treaties neither Azerbaijan nor Armenia has joined.",
  },
  unknowns: {
    title: "What no one knows yet",
    summary:
      "The gaps in the public record: missing totals, district figures and independent checks.",
  },
};
