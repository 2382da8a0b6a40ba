// One-off data preparation helper (never run by the build or tests): what kind of body published each source.
// A media outlet quoting an official is "media": the quoted body is the row's `reportedBy`, not the source's kind.

/** @typedef {"official-body" | "national-ngo" | "independent-monitor" | "international-organisation" | "media"} SourceKind */

/**
 * Kind by the exact publisher string of figures.json, where its head alone would mislead
 * (a press-release wire carrying an official text).
 * @type {Readonly<Record<string, SourceKind>>}
 */
const byPublisher = {
  "EIN Presswire (EU Delegation)": "international-organisation",
  "EIN Presswire (EU Neighbours East press release)": "international-organisation",
  "US State Department (via EIN Presswire)": "official-body",
};

/**
 * Kind by the publisher's head (its words before " (", as in sourceId.mjs); every other publisher is "media".
 * @type {Readonly<Record<string, SourceKind>>}
 */
const byHead = {
  "ANAMA website": "official-body",
  "Embassy of Azerbaijan in Bulgaria": "official-body",
  Folketinget: "official-body",
  "Ombudsman of Azerbaijan": "official-body",
  "Serbian Mine Action Centre": "official-body",
  "US Embassy in Azerbaijan": "official-body",
  "US State Department": "official-body",
  "Explosive Weapons Monitor": "independent-monitor",
  "Landmine & Cluster Munition Monitor": "independent-monitor",
  "Landmine Monitor": "independent-monitor",
  "Mine Action Review": "independent-monitor",
  APOPO: "international-organisation",
  "Humanity & Inclusion UK": "international-organisation",
  ICRC: "international-organisation",
  ReliefWeb: "international-organisation",
  "UNDP via ReliefWeb": "international-organisation",
  "World Without Mines": "international-organisation",
};

/** News outlets and other publications whose kind is "media" (listed so an unknown publisher is noticed). */
const media = new Set(
  `1news.az|A News|APA|APA via armeniandiaspora.com forum repost|AZE.Media|AZERTAC|Agenzia Nova|Arab News|Aravot|
  Armenpress|Armradio|Artsakhpress|Asbarez|AzTV|AzVision|AzerNews|Azerbaijan News Gazette|Azerbaycan24|Caliber.az|
  Caspian Policy Center|Caucasus Watch|CommonSpace.eu|DasFazit|Day.Az|Diplomat Magazine|EFE|Hyetert|IPP News|
  IRS Heritage|IRS Heritage magazine|IWPR|InterPress.ge|Karabach24.nl|MENAFN|MENAFN / AzerNews|MENAFN / Trend|MTM.az|
  Metbuat.az|Meydan TV|Minval.az|News.az|News.az / Trend|Overt Defense|Oxu24.com|Panorama.am|Qaziler.az|Report.az|
  SIA.az|T-VINE|Teleqraf.az|Teleqraf.com|The Frontier Post|Today.az|Today.az / AzerNews|Trend|Turan|TurkicWorld|
  US Department of State via APA|UrduPoint|Vestnik Kavkaza|Wikipedia|Xalq Qazeti|aze.media|iGEM 2009 Edinburgh|txtreport`
    .split("|")
    .map((name) => name.trim()),
);

/**
 * The kind of body behind a figures.json publisher string; throws for a publisher not listed here, so it gets a decision.
 * @param {string} publisher e.g. "Trend (citing ANAMA's Ramil Azizov)"
 * @returns {SourceKind}
 */
export function sourceKindFor(publisher) {
  const head = publisher.split(" (")[0] ?? publisher;
  const kind = byPublisher[publisher] ?? byHead[head] ?? (media.has(head) ? "media" : undefined);
  if (!kind)
    throw new Error(`no kind for publisher "${publisher}": add it to scripts/lib/sourceKinds.mjs`);
  return kind;
}
