import type { Datasets } from "../data/datasets.ts";
import type { Locale } from "../format.ts";
import { fromFacts, roundTo, type Calculation, type CalculationResult } from "./calculation.ts";
import { clearanceOutlook } from "./clearanceOutlook.ts";
import type { FactRef } from "./lookupFact.ts";

const cabinet = "Cabinet of Ministers (Prime Minister's annual report)";
const hazardArea: FactRef = {
  dataset: "contaminationEstimates",
  row: "anama-2024-10-hazardous-area",
  field: "value",
};
const clearedLatest: FactRef = {
  dataset: "clearanceRunningTotals",
  row: "latest",
  reportedBy: cabinet,
  field: "hectares",
};
const hajiyev = (date: string, field: string): FactRef => ({
  dataset: "casualtyRunningTotals",
  row: `${date}/Presidential Administration (Hikmet Hajiyev)`,
  field,
});
const cabinetYear = (year: number): FactRef => ({
  dataset: "clearanceByYear",
  row: `${String(year)}/${cabinet}`,
  field: "hectares",
});

/** ANAMA's high and medium/low contamination areas of one statement (hectares) added and converted to km². */
function anamaCategoriesKm2(rowPrefix: string, when: string): Calculation {
  return {
    as: "number",
    run: fromFacts(
      [
        { dataset: "contaminationEstimates", row: `${rowPrefix}-high-area`, field: "value" },
        { dataset: "contaminationEstimates", row: `${rowPrefix}-medium-low-area`, field: "value" },
      ],
      ([high = 0, low = 0]) => Math.round((high + low) / 100),
      ([high = 0, low = 0], n) => {
        // Say so whenever the conversion is rounded: never a silent rounding.
        const rounded = Number.isInteger((high + low) / 100) ? "" : ", rounded to the nearest km²";
        return `ANAMA's ${n(high)} ha of high and ${n(low)} ha of medium/low contamination (${when}) added and converted to km² (100 ha = 1 km²)${rounded}`;
      },
    ),
  };
}

/** Every calculation the story quotes, by name: each shown as the site's own calculation with its method. */
export const calculations = {
  anamaCategoriesKm2From2022: anamaCategoriesKm2("anama-2022-10", "October 2022"),
  anamaCategoriesKm2From2024: anamaCategoriesKm2("anama-2024-05", "c. May 2024"),
  clearedShareOfHazardArea: {
    as: "percent",
    run: fromFacts(
      [clearedLatest, hazardArea],
      ([cleared = 0, area = 1]) => roundTo((cleared / area) * 100, 1),
      ([cleared = 0, area = 1], n) =>
        `the Cabinet's ${n(cleared)} ha cleared since 2020 divided by ANAMA's estimate of ${n(area)} ha of hazardous area (both stated as approximate), rounded to one decimal`,
    ),
  },
  clearedInGreatReturnYears: {
    as: "number",
    run: fromFacts(
      [2022, 2023, 2024, 2025].map(cabinetYear),
      (values) => values.reduce((sum, value) => sum + value, 0),
      (values, n) =>
        `sum of the Cabinet's annual figures for 2022–2025 (${values.map(n).join(" + ")} ha)`,
    ),
  },
  killedSince1991Gap: {
    as: "number",
    run: fromFacts(
      [
        { dataset: "casualtyHistoricalTotals", row: "2024-04-04/ANAMA", field: "killed" },
        { dataset: "casualtyHistoricalTotals", row: "2023-05-25/ANAMA", field: "killed" },
      ],
      ([later = 0, earlier = 0]) => later - earlier,
      ([later = 0, earlier = 0], n) =>
        `ANAMA chair's ${n(later)} killed since 1991 (April 2024) minus his ${n(earlier)} (May 2023)`,
    ),
  },
  killedSince2020Added: {
    as: "number",
    run: fromFacts(
      [
        { dataset: "casualtyRunningTotals", row: "2024-04-04/ANAMA", field: "killed" },
        { dataset: "casualtyRunningTotals", row: "2023-05-25/ANAMA", field: "killed" },
      ],
      ([later = 0, earlier = 0]) => later - earlier,
      ([later = 0, earlier = 0], n) =>
        `ANAMA's ${n(later)} killed since the ceasefire (3 April 2024) minus its ${n(earlier)} (25 May 2023)`,
    ),
  },
  civilianShareApril2024: share(
    [hajiyev("2024-04-24", "killedCivilian"), hajiyev("2024-04-24", "injuredCivilian")],
    hajiyev("2024-04-24", "total"),
    "civilians killed and injured as a share of all victims in the presidential aide's breakdown of 24 April 2024",
  ),
  civilianShareOfKilled: share(
    [hajiyev("2024-11-11", "killedCivilian")],
    hajiyev("2024-11-11", "killed"),
    "civilians as a share of those killed in the presidential aide's breakdown of 11 November 2024",
  ),
  militaryShareOfInjured: share(
    [hajiyev("2024-11-11", "injuredMilitary")],
    hajiyev("2024-11-11", "injured"),
    "military personnel as a share of those injured in the presidential aide's breakdown of 11 November 2024",
  ),
  outlookPace: outlook((o) => o.pace, "number"),
  outlookRemaining: outlook((o) => o.remaining, "number"),
  outlookYearsLeft: outlook((o) => o.yearsLeft, "number"),
  outlookCompletionYear: outlook((o) => o.completionYear, "year"),
  outlookFirstYear: outlook((o) => o.paceYears.at(0) ?? null, "year"),
  outlookLastYear: outlook((o) => o.paceYears.at(-1) ?? null, "year"),
} satisfies Record<string, Calculation>;

/** The name of a calculation the story can quote. */
export type CalculationName = keyof typeof calculations;

function share(parts: FactRef[], whole: FactRef, what: string): Calculation {
  return {
    as: "percent",
    run: fromFacts(
      [...parts, whole],
      (values) => {
        const total = values.at(-1) ?? 1;
        return Math.round((values.slice(0, -1).reduce((sum, v) => sum + v, 0) / total) * 100);
      },
      (values, n) =>
        `${what}: ${values.slice(0, -1).map(n).join(" + ")} of ${n(values.at(-1) ?? 0)}, rounded to the nearest percent`,
    ),
  };
}

function outlook(
  pick: (o: ReturnType<typeof clearanceOutlook>["projection"]) => number | null,
  as: Calculation["as"],
): Calculation {
  return {
    as,
    run: (data: Datasets, locale: Locale): CalculationResult => {
      const { projection, method, sources } = clearanceOutlook(data, locale);
      const value = pick(projection);
      if (value === null) throw new Error("CalcFact: the clearance pace is zero; no outlook");
      return { value, method, sources };
    },
  };
}
