/** English strings of chart pages, embeds, downloads, citations, share pages and the data page. */
export const share = {
  chartsIndex: {
    title: "All charts",
    description:
      "Every chart of the story, each with its data, sources, downloads, embed code and citation.",
    intro:
      "Every chart in the story has its own page with the data it shows, its sources, downloads (CSV, JSON, SVG, PNG), embed code and a citation.",
    inSection: "In the section",
  },
  chartPage: {
    kicker: "Chart",
    fromSection: "From the story section",
    about: "What the chart shows",
    notes: "Notes",
    sources: "Sources",
    allCharts: "All charts",
  },
  download: {
    heading: "Download",
    intro:
      "Exactly the data the chart shows. Every row names its sources in a source column (publisher, title, date, URL).",
    csv: "Data (CSV)",
    json: "Data (JSON)",
    metadata: "Metadata (JSON)",
    svg: "Chart (SVG)",
    png: "Chart (PNG)",
    card: "Social card (PNG, 1200 × 630)",
  },
  embed: {
    heading: "Embed",
    intro:
      "Paste this code into your page or CMS. The chart resizes itself to its content and follows your readers' light or dark mode; add ?theme=light or ?theme=dark to the address to fix one. It makes no request to any other site and sets no cookies.",
    codeLabel: "Embed code",
    copy: "Copy embed code",
    copied: "Embed code copied",
    oembed:
      "CMSs that speak oEmbed (WordPress, Ghost and others) can embed the chart page's address directly.",
    preview: "Open the embed on its own",
    help: "Embedding in WordPress, Ghost, a pym.js template or Google AMP, and where scripts are removed",
  },
  cite: {
    heading: "Cite this",
    plain: "Plain text",
    bibtex: "BibTeX",
    copy: "Copy citation",
    copied: "Citation copied",
    credit:
      "Please credit the original sources as well: the figures are theirs; the compilation and charts are ours.",
    /** Words inside the citation itself. */
    dataAsOf: "data as of",
    thisVersion: "This version",
    licence: "Licence",
    originalData: "Original data",
  },
  licence: {
    heading: "Licence",
    ours: "Our data, charts and text are published under",
    theirs:
      "The figures come from the sources listed; their publications remain under their own terms.",
  },
  embedFrame: {
    fromStory: "Read the story",
    chartPage: "Data and sources",
  },
  sharePage: {
    goTo: "Go to the section",
  },
  data: {
    title: "Data and downloads",
    description:
      "Every dataset behind the story, validated, with its fields, row counts, sources and downloads in JSON and CSV.",
    intro:
      "Every dataset behind the story, exactly as the site validated it. In the CSV files, list fields are joined with “; ” and nested fields are written as JSON; text that starts with =, +, - or @ begins with a ' so that spreadsheets show it as text instead of running it as a formula (numbers, negative ones included, are left as they are).",
    fields: "Fields",
    rows: "Rows",
    sources: "Sources cited",
    lastUpdated: "Data last updated",
    json: "JSON",
    csv: "CSV",
    chartData: "Each chart's own data, with a source on every row, is on its chart page.",
  },
} as const;
