import type { District, DistrictFact } from "../lib/schemas/districts.ts";
import { formatDate, formatNumber, formatPercent } from "../lib/format.ts";
import { strings } from "../i18n/index.ts";

const t = strings.charts.districtMap;

/** A fact's value as a reader sees it, with its unit and qualifier: "about 25%", "97,000 mines". */
export function factValue(fact: DistrictFact): string {
  const number = fact.unit === "percent" ? formatPercent(fact.value) : formatNumber(fact.value);
  return t.qualifiers[fact.qualifier](t.units[fact.unit](number));
}

/** One line of a district's tooltip: label, value, date and who says it. */
export function factLine(fact: DistrictFact): string {
  const calculation = fact.derived ? `, ${t.siteCalculation}` : "";
  return `${fact.label}: ${factValue(fact)} (${formatDate(fact.asOf)}, ${strings.ui.according} ${fact.reportedBy}${calculation})`;
}

/** The tooltip of a focus district: its name, every sourced fact (or "No public figure") and map handovers. */
export function districtTip(district: District): string {
  const facts =
    district.facts.length > 0 ? [...district.facts].sort(byDate).map(factLine) : [t.noFigure];
  const handovers =
    district.mapHandovers.length > 0
      ? [`${t.handovers}: ${district.mapHandovers.map((h) => formatDate(h.date)).join("; ")}`]
      : [];
  return [district.nameEn, ...facts, ...handovers].join("\n");
}

function byDate(a: DistrictFact, b: DistrictFact): number {
  return a.asOf.localeCompare(b.asOf);
}
