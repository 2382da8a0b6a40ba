import { charts } from "./charts/index.ts";
import { sections } from "./sections.ts";
import { datasets } from "./datasets.ts";
import { share } from "./share.ts";
import { glossary } from "./glossary.ts";
import { methodology } from "./methodology.ts";
import { embedding } from "./embedding.ts";
import { releases } from "./releases.ts";
import { qualifiers } from "./qualifiers.ts";
import { calculations } from "./calculations.ts";

/** Every UI string, chart label and note of the English edition; the Azerbaijani and Russian editions mirror this shape. */
export const en = {
  locale: "en-GB",
  lang: "en",
  qualifiers,
  calculations,
  site: {
    name: "Azerbaijan's landmines",
    title: "The land that still kills: Azerbaijan's landmine problem in data",
    description:
      "How much land in Garabagh (Karabakh) and East-Zangazur is contaminated by landmines and unexploded ordnance, who is killed and injured, how fast clearance goes, and who pays — every figure sourced.",
    publisher: "Azerbaijan Landmines Data Project",
    cardAlt: "The land that still kills: Azerbaijan's landmine problem in data",
  },
  pages: {
    corrections: {
      title: "Corrections and changelog",
      description: "What changed in the story's data or text, and when.",
      intro:
        "We correct errors openly. Every change to the data or the text of the story is listed here, newest first; the datasets keep their full history in the project's repository.",
      kinds: { launch: "Launch", update: "Update", correction: "Correction", release: "Release" },
      datasets: "Datasets",
    },
    sources: {
      title: "Sources and methodology",
      description:
        "Every source the site cites, what kind of body published it, how figures were chosen where sources disagree, and how the site's own calculations are made.",
      sourcesHeading: "All sources",
      sourcesIntro: (count: string) =>
        `The site cites ${count} publications, grouped here by the kind of body that published them.`,
      kinds: {
        "official-body": "Official bodies",
        "national-ngo": "National NGOs",
        "independent-monitor": "Independent monitors",
        "international-organisation": "International organisations",
        media: "Media",
      },
    },
    evidence: {
      title: "Evidence",
      description:
        "The words of every source behind the site's figures: each quote verbatim in its language, with an English translation where needed, its publisher, date and a link to the original.",
      intro: (count: string) =>
        `Every number on this site rests on one of these ${count} quotes, copied verbatim from the source and checked by the build against the number it supports. Each has its own anchor: the figures in the story link here. The same records are published as JSON at /evidence.json.`,
      translation: "Our translation",
    },
    glossary: {
      title: "Place names",
      description:
        "The official names of places in Garabagh and East-Zangazur used on this site, and the alternatives readers will meet elsewhere.",
      intro:
        "This site uses the official Azerbaijani names of places, romanised as Azerbaijan's government does in English. Other publications, maps and sources use other spellings or names; the common ones are listed here.",
      columns: {
        name: "Name on this site",
        nameAz: "Azerbaijani",
        alternatives: "Other names and spellings",
      },
    },
    notFound: {
      title: "Page not found",
      description: "This page does not exist.",
      text: "There is no page at this address. The story and its charts start on the front page.",
      home: "Go to the story",
    },
  },
  story: {
    kicker: "Data story",
    dek: "Six years after the 2020 ceasefire, mines and unexploded ordnance still kill and maim people in Garabagh (Karabakh) and East-Zangazur. What the official figures say, where they disagree, and what no one has published.",
    byline: "By the Azerbaijan Landmines Data Project",
  },
  ui: {
    /** The word after a figure shown in millions in prose ("1.5 million"). */
    million: "million",
    skipToContent: "Skip to content",
    /** The label of the language switcher. */
    languages: "Language",
    contents: "Contents",
    theme: "Theme",
    themeLight: "Light",
    themeDark: "Dark",
    themeSystem: "System",
    source: "Source",
    sources: "Sources",
    /** Under every chart: the number of publications behind it, linked to their list. */
    publicationCount: (count: string, n: number) =>
      `${count} ${n === 1 ? "publication" : "publications"}`,
    notes: "Notes",
    dataTable: "Data table",
    openDataTable: "Open the data table",
    openSources: "Open the list of sources",
    showData: "Show the data",
    download: "Download",
    chartPage: "Chart page",
    embed: "Embed",
    cite: "Cite",
    copyLink: "Copy link",
    linkToSection: "Link to this section",
    linkCopied: "Link copied",
    share: "Share",
    noPublicFigure: "No public figure",
    undated: "undated",
    evidenceLink: "the source's words",
    siteCalculation: "Site's own calculation",
    lastUpdated: "Last updated",
    /** Beside "Last updated": the date of the most recent figure in the data. */
    newestFigure: "newest figure dated",
    /** Under every chart: how recent its figures are (a date, or a year for data counted by year). */
    dataAsOf: (date: string) => `Data as of ${date}.`,
    dataUpTo: (year: string) => `Data up to ${year}.`,
    backToStory: "Back to the story",
    madeWithNaturalEarth: "Made with Natural Earth. Boundaries are approximate (1:10 million).",
    according: "according to",
    sourcesAndMethods: "Sources and methodology",
    corrections: "Corrections and changelog",
    glossary: "Place names",
    data: "Data and downloads",
    charts: "All charts",
    aboutThisStory: "About this story",
    licence:
      "Our text, data and charts are published under CC BY 4.0; the sources' own terms apply to their material.",
  },
  charts,
  sections,
  datasets,
  share,
  glossary,
  methodology,
  embedding,
  releases,
} as const;

/** A type with its string literals widened to string, so another edition's text fits the English shape. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

/** The shape every edition's strings must have: the English keys, any text. A missing key fails the type check. */
export type Strings = Widen<typeof en>;
