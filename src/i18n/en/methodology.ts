/** The methodology text of the sources page (English), in paragraphs under headings. */
export const methodology: readonly { heading: string; paragraphs: readonly string[] }[] = [
  {
    heading: "Where the figures come from",
    paragraphs: [
      "Every figure on this site is copied from a published source and stored with that source in the site's datasets: publisher, title, date and address. Most figures after the 2020 war come from Azerbaijani official bodies — the Mine Action Agency (ANAMA), the Prosecutor General's Office, the Ministry of Foreign Affairs, the Presidential Administration and the Cabinet of Ministers — usually as reported by Azerbaijani news agencies. We say who states each figure. Outside views come from the Landmine Monitor, Mine Action Review and international organisations where they exist, though much of what they publish on Azerbaijan is passed on from national reporting rather than measured by them.",
      "Each source is classified by the kind of body that published it: an official body, a national NGO, an independent monitor, an international organisation, or the media. When a news outlet reports an official's statement, the outlet is the source and the official body is named as the one that says it.",
    ],
  },
  {
    heading: "When sources disagree",
    paragraphs: [
      "Different bodies publish different running totals on similar dates, count different populations (all of Azerbaijan, only the regained territories, only civilians) and define cleared land differently. We do not pick one quietly: every reported value is kept with who reported it and when, charts show each report as its own point, and the text names the disagreement.",
      "Where a chart needs one value per year, it follows a stated rule: a full year before a partial one, then the longest period covered. The other values appear in the chart's tooltip and data table.",
    ],
  },
  {
    heading: "The site's own calculations",
    paragraphs: [
      "Some values are computed by the site: a total added up from the killed and injured a source gives, a conversion from hectares to square kilometres, the pace of clearance and the time it would take at that pace. Each is marked as the site's own calculation, and says how it is made. We never interpolate between reports, fill missing years or round a figure silently.",
    ],
  },
  {
    heading: "What we leave out",
    paragraphs: [
      "Where no figure has been published — full-year casualty totals for 2021 and 2022, the hazardous area of each district, any independent verification of the official estimate of the number of mines — the site says so instead of estimating. Maps stop at district level: the site never shows where minefields are.",
    ],
  },
];
