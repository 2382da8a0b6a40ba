import { formatNumber } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";
import { clearancePaceByYear } from "./chart.ts";
import { axisYears, type ClearanceByYearData } from "./rows.ts";
import { isPartYear, partPeriod } from "../parts/clearanceYear.ts";
import { cellSources } from "../parts/cellSources.ts";
import { defineChart } from "../types.ts";
import { uniqueReporters, uniqueSources } from "../parts/uniqueSources.ts";
import { qualifierOf } from "../../lib/evidence/qualifierOf.ts";

/** The rows the chart draws: annual figures with hectares in the axis years, and annual targets with hectares. */
function shown(data: ClearanceByYearData): ClearanceByYearData {
  const years = axisYears(data);
  return {
    years: data.years.filter((row) => row.hectares !== null && years.includes(row.year)),
    targets: data.targets.filter((target) => target.kind === "annual" && target.hectares !== null),
  };
}

/** The alt text: first and last full headline years, and how often the year's target was met. */
function altText(data: ClearanceByYearData, edition: Edition): string {
  const t = edition.strings.charts.clearancePaceByYear;
  const primary = shown(data).years.filter((row) => row.primary && !isPartYear(row));
  const first = primary[0];
  const last = primary.at(-1);
  if (!first || !last || first.hectares === null || last.hectares === null) return t.subtitle;
  const targets = shown(data).targets;
  const judged = primary.filter((row) => targets.some((target) => target.targetYear === row.year));
  const met = judged.filter((row) =>
    targets
      .filter((target) => target.targetYear === row.year)
      .every((target) => (row.hectares ?? 0) >= (target.hectares ?? Infinity)),
  );
  return t.alt(
    formatNumber(first.hectares, edition.locale),
    String(first.year),
    formatNumber(last.hectares, edition.locale),
    String(last.year),
    t.altTargets(met.length, judged.length),
  );
}

/** Registry entry: hectares cleared per year (headline series, other bodies' figures) against annual targets. */
export const clearancePaceByYearSpec = defineChart<ClearanceByYearData>({
  id: "clearance-by-year",
  section: "clearance",
  text: (edition) => edition.strings.charts.clearancePaceByYear,
  select: (datasets) => ({ years: datasets.clearanceByYear, targets: datasets.clearanceTargets }),
  render: (data, context) => clearancePaceByYear(shown(data), context),
  altText,
  table: (data, edition) => {
    const t = edition.strings.charts.clearancePaceByYear;
    const { years, targets } = shown(data);
    return {
      columns: [
        { key: "year", label: t.columns.year, format: "text" },
        { key: "kind", label: t.columns.kind, format: "text" },
        { key: "period", label: t.columns.period, format: "text" },
        { key: "hectares", label: t.columns.hectares, format: "number" },
        { key: "qualifier", label: t.columns.qualifier, format: "text" },
        { key: "measures", label: t.columns.measures, format: "text" },
        { key: "reportedBy", label: t.columns.reportedBy, format: "text" },
        { key: "note", label: t.columns.note, format: "text" },
      ],
      rows: [
        ...years.map((row) => ({
          year: String(row.year),
          kind: row.primary ? t.kinds.primary : t.kinds.other,
          period: partPeriod(row, edition) ?? t.fullYear,
          hectares: row.hectares,
          qualifier: edition.text(qualifierOf(row, "hectares")),
          measures: edition.text(row.measures),
          reportedBy: edition.text(row.reportedBy),
          note:
            [row.note, row.derived?.method]
              .filter((text): text is string => Boolean(text))
              .map(edition.text)
              .join(" ") || null,
          sources: row.sources.join(" "),
        })),
        ...targets.map((target) => ({
          year: String(target.targetYear),
          kind: t.kinds.target,
          period: null,
          hectares: target.hectares,
          qualifier: null,
          measures: edition.text(target.statement),
          reportedBy: edition.text(target.reportedBy),
          note: target.note === undefined ? null : edition.text(target.note),
          sources: target.sources.join(" "),
        })),
      ],
      provenance: [...years, ...targets].map((row) => cellSources(row, ["hectares"], edition.text)),
    };
  },
  sourceIds: (data) => uniqueSources([...shown(data).years, ...shown(data).targets]),
  reportedBy: (data) => uniqueReporters([...shown(data).years, ...shown(data).targets]),
});
