import type { Datasets } from "../data/datasets.ts";
import { formatDate } from "../format.ts";
import type { CalculationEdition } from "./calculationWords.ts";
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
function anamaCategoriesKm2(rowPrefix: string, month: string, circa: boolean): Calculation {
  return {
    as: "number",
    run: fromFacts(
      [
        { dataset: "contaminationEstimates", row: `${rowPrefix}-high-area`, field: "value" },
        { dataset: "contaminationEstimates", row: `${rowPrefix}-medium-low-area`, field: "value" },
      ],
      ([high = 0, low = 0]) => Math.round((high + low) / 100),
      ([high = 0, low = 0], n, words, locale) => {
        const date = formatDate(month, locale, "month");
        // Say so whenever the conversion is rounded: never a silent rounding.
        return words.anamaCategoriesKm2(
          n(high),
          n(low),
          circa ? words.circa(date) : date,
          !Number.isInteger((high + low) / 100),
        );
      },
    ),
  };
}

/** Every calculation the story quotes, by name: each shown as the site's own calculation with its method. */
export const calculations = {
  anamaCategoriesKm2From2022: anamaCategoriesKm2("anama-2022-10", "2022-10", false),
  anamaCategoriesKm2From2024: anamaCategoriesKm2("anama-2024-05", "2024-05", true),
  clearedShareOfHazardArea: {
    as: "percent",
    run: fromFacts(
      [clearedLatest, hazardArea],
      ([cleared = 0, area = 1]) => roundTo((cleared / area) * 100, 1),
      ([cleared = 0, area = 1], n, words) => words.clearedShareOfHazardArea(n(cleared), n(area)),
    ),
  },
  clearedInGreatReturnYears: {
    as: "number",
    run: fromFacts(
      [2022, 2023, 2024, 2025].map(cabinetYear),
      (values) => values.reduce((sum, value) => sum + value, 0),
      (values, n, words) => words.clearedInGreatReturnYears(values.map(n).join(" + ")),
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
      ([later = 0, earlier = 0], n, words) => words.killedSince1991Gap(n(later), n(earlier)),
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
      ([later = 0, earlier = 0], n, words) => words.killedSince2020Added(n(later), n(earlier)),
    ),
  },
  civilianShareApril2024: share(
    [hajiyev("2024-04-24", "killedCivilian"), hajiyev("2024-04-24", "injuredCivilian")],
    hajiyev("2024-04-24", "total"),
    "civilianShareApril2024",
  ),
  civilianShareOfKilled: share(
    [hajiyev("2024-11-11", "killedCivilian")],
    hajiyev("2024-11-11", "killed"),
    "civilianShareOfKilled",
  ),
  militaryShareOfInjured: share(
    [hajiyev("2024-11-11", "injuredMilitary")],
    hajiyev("2024-11-11", "injured"),
    "militaryShareOfInjured",
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

function share(
  parts: FactRef[],
  whole: FactRef,
  what: "civilianShareApril2024" | "civilianShareOfKilled" | "militaryShareOfInjured",
): Calculation {
  return {
    as: "percent",
    run: fromFacts(
      [...parts, whole],
      (values) => {
        const total = values.at(-1) ?? 1;
        return Math.round((values.slice(0, -1).reduce((sum, v) => sum + v, 0) / total) * 100);
      },
      (values, n, words) =>
        words.share(words[what], values.slice(0, -1).map(n).join(" + "), n(values.at(-1) ?? 0)),
    ),
  };
}

function outlook(
  pick: (o: ReturnType<typeof clearanceOutlook>["projection"]) => number | null,
  as: Calculation["as"],
): Calculation {
  return {
    as,
    run: (data: Datasets, edition: CalculationEdition): CalculationResult => {
      const { projection, method, sources } = clearanceOutlook(data, edition);
      const value = pick(projection);
      if (value === null) throw new Error("CalcFact: the clearance pace is zero; no outlook");
      return { value, method, sources };
    },
  };
}
