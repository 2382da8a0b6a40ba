import type { District, DistrictFact } from "../../lib/schemas/districts.ts";

/** The year the district map shades: land cleared during it, per district. */
export const CLEARANCE_YEAR = 2025;

/**
 * Upper bounds of the map's classes, in hectares cleared in the year (the last class has none). Round values,
 * roughly doubling, chosen so that the 2025 figures (12.8 to 9,110.4 ha) fill every class.
 */
export const HECTARE_BREAKS = [500, 2000, 4000, 8000] as const;

/** True for a fact that gives hectares cleared during the whole calendar year `year` (not a running total). */
export function isClearedInYear(fact: DistrictFact, year: number = CLEARANCE_YEAR): boolean {
  return (
    fact.metric === "land-cleared" &&
    fact.unit === "ha" &&
    fact.periodStart === `${String(year)}-01-01` &&
    fact.asOf === `${String(year)}-12-31`
  );
}

/** A district's hectares-cleared-in-the-year fact, if a source gives one. */
export function clearedInYear(
  district: District,
  year: number = CLEARANCE_YEAR,
): DistrictFact | undefined {
  return district.facts.find((fact) => isClearedInYear(fact, year));
}

/** The class (0 = fewest hectares) of a value on the map's scale; a value on a break goes to the upper class. */
export function hectareClass(hectares: number): number {
  const index = HECTARE_BREAKS.findIndex((upper) => hectares < upper);
  return index === -1 ? HECTARE_BREAKS.length : index;
}
