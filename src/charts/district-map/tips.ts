import type { District, DistrictFact } from "../../lib/schemas/districts.ts";
import { formatDate, formatNumber, formatPercent } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";
import { qualified } from "../../lib/qualifierWords.ts";
import { clearedInYear, isClearedInYear } from "./clearance.ts";

/** A fact's value as a reader sees it, with its unit and qualifier: "about 25%", "97,000 mines". */
export function factValue(fact: DistrictFact, edition: Edition): string {
  const t = edition.strings.charts.districtMap;
  const number =
    fact.unit === "percent"
      ? formatPercent(fact.value, edition.locale)
      : formatNumber(fact.value, edition.locale);
  return qualified(t.units[fact.unit](number), fact.qualifier, edition.strings.qualifiers);
}

/** A fact's date as a reader sees it: the day it counts to, or the period it covers. */
export function factWhen(fact: DistrictFact, edition: Edition): string {
  const t = edition.strings.charts.districtMap;
  return fact.periodStart
    ? t.period(formatDate(fact.periodStart, edition.locale), formatDate(fact.asOf, edition.locale))
    : formatDate(fact.asOf, edition.locale);
}

/** One line of a district's tooltip: label, value, date and who says it. */
export function factLine(fact: DistrictFact, edition: Edition): string {
  const t = edition.strings.charts.districtMap;
  const calculation = fact.derived ? `, ${t.siteCalculation}` : "";
  return `${edition.text(fact.label)}: ${factValue(fact, edition)} (${factWhen(fact, edition)}, ${edition.strings.ui.according} ${edition.text(fact.reportedBy)}${calculation})`;
}

/**
 * The tooltip of a focus district: its name, the hectares cleared in 2025 (or that there is no such figure),
 * every other sourced fact by date, and the map handovers.
 */
export function districtTip(district: District, edition: Edition): string {
  const t = edition.strings.charts.districtMap;
  const cleared = clearedInYear(district);
  const headline = cleared
    ? t.clearedLine(factValue(cleared, edition), edition.text(cleared.reportedBy))
    : t.noClearedLine;
  const others = district.facts.filter((fact) => !isClearedInYear(fact)).sort(byDate);
  const facts =
    others.length > 0
      ? [`${t.otherFigures}:`, ...others.map((fact) => factLine(fact, edition))]
      : [];
  const handovers =
    district.mapHandovers.length > 0
      ? [
          `${t.handovers}: ${district.mapHandovers.map((h) => formatDate(h.date, edition.locale)).join("; ")}`,
        ]
      : [];
  return [edition.text(district.nameEn), headline, ...facts, ...handovers].join("\n");
}

function byDate(a: DistrictFact, b: DistrictFact): number {
  return a.asOf.localeCompare(b.asOf);
}
