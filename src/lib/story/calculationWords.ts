/**
 * The words the site's calculations are described with, in one edition's language (its strings hold them; they
 * reach src/lib as an argument). Every argument is already formatted in the edition's locale.
 */
export interface CalculationWords {
  /** ANAMA's high and medium/low areas (ha) of one statement, added and converted to km². */
  anamaCategoriesKm2: (high: string, low: string, when: string, rounded: boolean) => string;
  /** A date known only roughly: "c. May 2024". */
  circa: (date: string) => string;
  clearedShareOfHazardArea: (cleared: string, area: string) => string;
  /** "44,000 + 53,100 + …" */
  clearedInGreatReturnYears: (sum: string) => string;
  killedSince1991Gap: (later: string, earlier: string) => string;
  killedSince2020Added: (later: string, earlier: string) => string;
  /** A share: what it is, the parts ("55 + 3") and the whole. */
  share: (what: string, parts: string, whole: string) => string;
  civilianShareApril2024: string;
  civilianShareOfKilled: string;
  militaryShareOfInjured: string;
  /** The clearance outlook's method: the hazardous area, what was cleared by when, the years and yearly figures. */
  outlook: (
    area: string,
    cleared: string,
    clearedBy: string | undefined,
    first: string,
    last: string,
    annual: string,
  ) => string;
}

/** What a calculation needs of the edition: its locale and its words. */
export interface CalculationEdition {
  locale: string;
  words: CalculationWords;
}
