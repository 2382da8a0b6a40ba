/** The most characters a text field may hold, by field name: enough for every real value, short of breaking a layout. */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  // Names drawn in charts and tables.
  nameEn: 40,
  nameAz: 40,
  country: 60,
  reportedBy: 120,
  publisher: 120,
  claimant: 160,
  respondent: 120,
  body: 120,
  donor: 120,
  label: 200,
  period: 120,
  scope: 120,
  operators: 300,
  title: 300,
  // Sentences shown in notes, tooltips and the timeline.
  statement: 500,
  purpose: 500,
  measures: 500,
  method: 600,
  description: 1500,
  summary: 1500,
  claim: 1500,
  note: 1500,
  // A source's words and their translation, shown on /evidence/ and in tooltips: a paragraph at most.
  quote: 1500,
  translation: 1500,
  url: 2000,
};

/** Any other string (ids, slugs, dates, enum values, source and figure ids). */
export const DEFAULT_TEXT_LIMIT = 200;

/** The limit for a field, by its last name in the path ("responses.0.summary" → summary). */
export function textLimit(field: string): number {
  const name = field.split(".").findLast((part) => !/^\d+$/.test(part)) ?? field;
  return TEXT_LIMITS[name] ?? DEFAULT_TEXT_LIMIT;
}
