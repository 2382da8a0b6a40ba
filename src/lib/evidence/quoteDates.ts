/** A calendar date a quote states: a day of a month, or a month; the year when the quote gives it. */
export interface QuotedDate {
  readonly year: number | undefined;
  /** 1–12. */
  readonly month: number;
  readonly day: number | undefined;
  /** The words of the quote that state it, e.g. "12 March 2026". */
  readonly text: string;
}

// Month names as English, Azerbaijani and Russian sources write them (Russian in the genitive and the nominative).
const monthNames: readonly (readonly string[])[] = [
  ["january", "jan", "yanvar", "январ"],
  ["february", "feb", "fevral", "феврал"],
  ["march", "mar", "mart", "март"],
  ["april", "apr", "aprel", "апрел"],
  ["may", "may", "may", "ма[йя]"],
  ["june", "jun", "iyun", "июн"],
  ["july", "jul", "iyul", "июл"],
  ["august", "aug", "avqust", "август"],
  ["september", "sept?", "sentyabr", "сентябр"],
  ["october", "oct", "oktyabr", "октябр"],
  ["november", "nov", "noyabr", "ноябр"],
  ["december", "dec", "dekabr", "декабр"],
];

const monthPattern = monthNames
  .map((names, index) => `(?<m${String(index + 1)}>${names.join("|")})\\p{L}*`)
  .join("|");
const month = `(?:${monthPattern})`;
// "12 March 2026", "12 mart 2026-cı il", "12 марта 2026 года", "12 March"
const dayMonthYear = new RegExp(
  `(?<![\\p{L}\\d])(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+${month}(?:,?\\s+(?<year>(?:19|20)\\d{2}))?(?!\\d)`,
  "giu",
);
// "16-18 November 2022", "16–18 ноября": both ends of a span of days
const dayRange = new RegExp(
  `(?<![\\p{L}\\d])(?<first>\\d{1,2})\\s*[-–—]\\s*(?<day>\\d{1,2})\\s+${month}(?:,?\\s+(?<year>(?:19|20)\\d{2}))?(?!\\d)`,
  "giu",
);
// "March 12, 2026", "March 12"
const monthDayYear = new RegExp(
  `(?<![\\p{L}\\d])${month}\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*(?<year>(?:19|20)\\d{2}))?(?!\\d)`,
  "giu",
);
// "2026-cı il 12 mart" (Azerbaijani puts the year first)
const yearDayMonth = new RegExp(
  `(?<![\\p{L}\\d])(?<year>(?:19|20)\\d{2})-?(?:c[ıiuü]|ci|cı|cu|cü)?\\s+(?:il(?:in)?\\s+)?(?<day>\\d{1,2})\\s+${month}`,
  "giu",
);
// "March 2026", "mart 2026", "марте 2026"
const monthYear = new RegExp(`(?<![\\p{L}\\d])${month}\\s+(?<year>(?:19|20)\\d{2})(?!\\d)`, "giu");
// "12.03.2026", "12/03/2026" (day first, as in all three languages' sources)
const numeric = /(?<![\d.])(?<day>\d{1,2})[./](?<mon>\d{1,2})[./](?<year>(?:19|20)\d{2})(?!\d)/gu;
// "2026-03-12"
const iso = /(?<!\d)(?<year>(?:19|20)\d{2})-(?<mon>\d{2})-(?<day>\d{2})(?!\d)/gu;

const monthOf = (groups: Record<string, string | undefined>): number | undefined => {
  if (groups["mon"] !== undefined) return Number(groups["mon"]);
  const index = monthNames.findIndex((_, i) => groups[`m${String(i + 1)}`] !== undefined);
  return index === -1 ? undefined : index + 1;
};

const numberOrUndefined = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : Number(text);

/**
 * Every calendar date a quote states, in English, Azerbaijani and Russian forms: "12 March 2026", "March 12, 2026",
 * "2026-cı il 12 mart", "12 марта 2026", "12.03.2026", "2026-03-12", and months ("March 2026"). Years alone are
 * not dates here: a quote's "2021" is as often a period as a date.
 */
export function quoteDates(quote: string): QuotedDate[] {
  const found: QuotedDate[] = [];
  const taken: [number, number][] = [];
  const patterns = [iso, numeric, yearDayMonth, dayRange, dayMonthYear, monthDayYear, monthYear];
  for (const pattern of patterns) {
    for (const match of quote.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      const groups = match.groups ?? {};
      const monthNumber = monthOf(groups);
      const day = numberOrUndefined(groups["day"]);
      if (monthNumber === undefined || monthNumber < 1 || monthNumber > 12) continue;
      if (day !== undefined && (day < 1 || day > 31)) continue;
      taken.push([start, end]);
      const year = numberOrUndefined(groups["year"]);
      const first = numberOrUndefined(groups["first"]);
      if (first !== undefined) found.push({ year, month: monthNumber, day: first, text: match[0] });
      found.push({ year, month: monthNumber, day, text: match[0] });
    }
  }
  return found;
}

/**
 * Whether a quoted date is the ISO date of a row ("2026-03-12" or "2026-03"): same month, same day where the
 * row names one (a quoted month supports only a month), same year where the quote gives it.
 */
export function statesDate(quoted: QuotedDate, isoDate: string): boolean {
  const [year, monthText, dayText] = isoDate.split("-");
  if (monthText === undefined) return false;
  if (quoted.month !== Number(monthText)) return false;
  if (quoted.year !== undefined && quoted.year !== Number(year)) return false;
  return dayText === undefined ? true : quoted.day === Number(dayText);
}
