import type { District, DistrictFact } from "../../lib/schemas/districts.ts";
import { formatDate, formatNumber, formatPercent } from "../../lib/format.ts";
import { strings } from "../../i18n/index.ts";
import { clearedInYear, isClearedInYear } from "./clearance.ts";

const t = strings.charts.districtMap;

/** A fact's value as a reader sees it, with its unit and qualifier: "about 25%", "97,000 mines". */
export function factValue(fact: DistrictFact): string {
  const number = fact.unit === "percent" ? formatPercent(fact.value) : formatNumber(fact.value);
  return t.qualifiers[fact.qualifier](t.units[fact.unit](number));
}

/** A fact's date as a reader sees it: the day it counts to, or the period it covers. */
export function factWhen(fact: DistrictFact): string {
  return fact.periodStart
    ? t.period(formatDate(fact.periodStart), formatDate(fact.asOf))
    : formatDate(fact.asOf);
}

/** One line of a district's tooltip: label, value, date and who says it. */
export function factLine(fact: DistrictFact): string {
  const calculation = fact.derived ? `, ${t.siteCalculation}` : "";
  return `${fact.label}: ${factValue(fact)} (${factWhen(fact)}, ${strings.ui.according} ${fact.reportedBy}${calculation})`;
}

/**
 * The tooltip of a focus district: its name, the hectares cleared in 2025 (or that there is no such figure),
 * every other sourced fact by date, and the map handovers.
 */
export function districtTip(district: District): string {
  const cleared = clearedInYear(district);
  const headline = cleared
    ? t.clearedLine(factValue(cleared), cleared.reportedBy)
    : t.noClearedLine;
  const others = district.facts.filter((fact) => !isClearedInYear(fact)).sort(byDate);
  const facts = others.length > 0 ? [`${t.otherFigures}:`, ...others.map(factLine)] : [];
  const handovers =
    district.mapHandovers.length > 0
      ? [`${t.handovers}: ${district.mapHandovers.map((h) => formatDate(h.date)).join("; ")}`]
      : [];
  return [district.nameEn, headline, ...facts, ...handovers].join("\n");
}

function byDate(a: DistrictFact, b: DistrictFact): number {
  return a.asOf.localeCompare(b.asOf);
}
