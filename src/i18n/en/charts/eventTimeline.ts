/** English strings of the timeline of events since the 2020 ceasefire. */
export const eventTimeline = {
  title: "From the ceasefire to today: maps, claims, conferences and laws",
  subtitle:
    "Dated events about landmines in Azerbaijan since the 10 November 2020 ceasefire, as reported by the bodies named in each entry.",
  /** Names of the symbol groups in the key, in key order. */
  groups: {
    conflict: "Ceasefire, conflict",
    handover: "Mine-map handover",
    conference: "Conference",
    law: "Law, treaty",
    claim: "Claim, response",
    funding: "Funding, report",
  },
  /** Category names in the data table. */
  categories: {
    conflict: "Conflict",
    ceasefire: "Ceasefire",
    "map-handover": "Mine-map handover",
    claim: "Claim",
    response: "Response",
    conference: "Conference",
    law: "Law",
    treaty: "Treaty",
    funding: "Funding",
    report: "Report",
  },
  alt: (count: number, from: string, to: string, handovers: number) =>
    `Timeline of ${String(count)} events between ${from} and ${to}, including ${String(handovers)} mine-map handovers.`,
  notes: [
    "On wide screens, titles are shown where they fit (the ceasefire, map handovers and laws first); the other events are the symbols along the top. Every symbol has a tooltip, and the data table lists all events.",
    "Events known only to the month are drawn across that month.",
    "Claims and responses are shown side by side with who made them; the site does not adjudicate between them.",
  ],
  columns: {
    date: "Date",
    endDate: "Until",
    category: "Category",
    title: "Event",
    description: "Description",
    reportedBy: "Reported by",
  },
} as const;
