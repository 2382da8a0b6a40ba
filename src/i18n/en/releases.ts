/** Strings of releases: the pinned (dated) versions of charts, the embed options and the updates feed. */
export const releases = {
  /** The note on a pinned page: "Data as of <date>." then a link to the live page. */
  dataAsOf: (date: string) => `Data as of ${date}.`,
  seeLatest: "See the latest version",
  embed: {
    live: "Updates with the data",
    liveHint: "The chart shows the newest data whenever the page is read.",
    pinned: (date: string) => `This version only (${date})`,
    pinnedHint:
      "The chart stays exactly as it was on that date, with its data downloads, even after the data is updated; a note links readers to the latest version.",
    pinnedPreview: "Open this version on its own",
    pinnedCodeLabel: (date: string) => `Embed code of the version of ${date}`,
    pinnedOembed: "CMSs that speak oEmbed embed this version from the address of its page:",
  },
  cite: {
    thisVersion: "This version",
  },
  feed: {
    title: "Azerbaijan's landmines: updates and corrections",
    description:
      "Every release of the data and charts and every correction to the story, newest first, with the sections and charts each one affects.",
    link: "Updates feed (RSS)",
    releaseTitle: (date: string) => `Release of ${date}`,
    datasets: "Datasets",
    charts: "Charts affected",
    sections: "Sections affected",
    pinned: "Pinned versions of every chart",
  },
} as const;
