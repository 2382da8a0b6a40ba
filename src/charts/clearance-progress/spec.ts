import { statedNumber } from "../parts/statedNumber.ts";
import type { Datasets } from "../../lib/data/datasets.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";
import { clearancePaceProgress } from "./chart.ts";
import { projectionLabel } from "./labels.ts";
import {
  estimateHectares,
  primaryTotals,
  progressProjection,
  type ClearanceProgressData,
} from "./rows.ts";
import { cellSources } from "../parts/cellSources.ts";
import { defineChart, type ChartTable } from "../types.ts";
import { uniqueReporters, uniqueSources } from "../parts/uniqueSources.ts";
import { qualifierOf } from "../../lib/evidence/qualifierOf.ts";

/** Picks the headline body (the body of most headline annual rows), its annual series, the latest estimate and targets. */
export function selectProgress(
  datasets: Pick<
    Datasets,
    "clearanceByYear" | "clearanceRunningTotals" | "clearanceTargets" | "contaminationEstimates"
  >,
): ClearanceProgressData {
  const annual = datasets.clearanceByYear.filter((row) => row.primary);
  const counts = new Map<string, number>();
  for (const row of annual) counts.set(row.reportedBy, (counts.get(row.reportedBy) ?? 0) + 1);
  const primaryBody = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  const estimates = datasets.contaminationEstimates
    .filter(
      (row) =>
        row.metric === "hazardous-area" &&
        row.asOf >= "2020-11" &&
        (row.unit === "ha" || row.unit === "km2"),
    )
    .sort((a, b) => a.asOf.localeCompare(b.asOf));
  return {
    totals: datasets.clearanceRunningTotals.filter((row) => row.hectares !== null),
    primaryBody,
    annual: annual.filter((row) => row.reportedBy === primaryBody),
    estimate: estimates.at(-1) ?? null,
    targets: datasets.clearanceTargets.filter(
      (target) =>
        (target.kind === "cumulative" && target.hectares !== null) || target.kind === "completion",
    ),
  };
}

function table(data: ClearanceProgressData, edition: Edition): ChartTable {
  const t = edition.strings.charts.clearancePaceProgress;
  const primary = primaryTotals(data);
  const projection = progressProjection(data);
  const estimate = data.estimate;
  const paceRows = data.annual.filter((row) => projection?.paceYears.includes(row.year));
  const latest = primary.at(-1);
  return {
    columns: [
      { key: "date", label: t.columns.date, format: "text" },
      { key: "kind", label: t.columns.kind, format: "text" },
      { key: "hectares", label: t.columns.hectares, format: "number" },
      { key: "qualifier", label: t.columns.qualifier, format: "text" },
      { key: "operators", label: t.columns.operators, format: "text" },
      { key: "reportedBy", label: t.columns.reportedBy, format: "text" },
      { key: "note", label: t.columns.note, format: "text" },
    ],
    rows: [
      ...data.totals.map((row) => ({
        date: row.asOf,
        kind: primary.includes(row) ? t.kinds.primary : t.kinds.other,
        hectares: row.hectares,
        qualifier: edition.text(qualifierOf(row, "hectares")),
        operators: edition.text(row.operators),
        reportedBy: edition.text(row.reportedBy),
        note: row.note === undefined ? null : edition.text(row.note),
        sources: row.sources.join(" "),
      })),
      ...(estimate
        ? [
            {
              date: estimate.asOf,
              kind: t.kinds.estimate,
              hectares: estimateHectares(estimate),
              qualifier: edition.text(estimate.qualifier),
              operators: null,
              reportedBy: edition.text(estimate.reportedBy),
              note: edition.text(estimate.measures),
              sources: estimate.sources.join(" "),
            },
          ]
        : []),
      ...data.targets.map((target) => ({
        date: String(target.targetYear),
        kind: target.kind === "completion" ? t.kinds.deadline : t.kinds.target,
        hectares: target.hectares,
        qualifier: edition.text(target.qualifier),
        operators: null,
        reportedBy: edition.text(target.reportedBy),
        note: [target.statement, target.derived?.method]
          .filter((text): text is string => Boolean(text))
          .map(edition.text)
          .join(" — "),
        sources: target.sources.join(" "),
      })),
      ...(projection?.completionYear != null && estimate && latest
        ? [
            {
              date: String(projection.completionYear),
              kind: t.kinds.projection,
              hectares: projection.remaining,
              qualifier: null,
              operators: null,
              reportedBy: edition.strings.ui.siteCalculation,
              note: projectionLabel(projection, "tip", edition),
              sources: uniqueSources([estimate, latest, ...paceRows]).join(" "),
            },
          ]
        : []),
    ],
    provenance: [
      ...data.totals.map((row) => cellSources(row, ["hectares"], edition.text)),
      ...(estimate
        ? [
            cellSources(
              estimate,
              { hectares: estimate.unit === "km2" ? { calc: t.conversion } : "value" },
              edition.text,
            ),
          ]
        : []),
      ...data.targets.map((target) => cellSources(target, ["hectares"], edition.text)),
      ...(projection?.completionYear != null && estimate && latest
        ? [{ hectares: { calc: projectionLabel(projection, "tip", edition) } }]
        : []),
    ],
  };
}

function altText(data: ClearanceProgressData, edition: Edition): string {
  const t = edition.strings.charts.clearancePaceProgress;
  const latest = primaryTotals(data).at(-1);
  const projection = progressProjection(data);
  if (
    !latest ||
    latest.hectares === null ||
    !data.estimate ||
    !projection ||
    projection.completionYear === null
  )
    return t.subtitle;
  return t.alt(
    statedNumber(latest.hectares, latest, "hectares", edition),
    formatDate(latest.asOf, edition.locale, "month"),
    formatNumber(estimateHectares(data.estimate), edition.locale),
    edition.text(data.estimate.reportedBy),
    t.altProjection(
      formatNumber(Math.round(projection.pace), edition.locale),
      String(projection.paceYears[0] ?? ""),
      String(projection.paceYears.at(-1) ?? ""),
      String(projection.completionYear),
    ),
  );
}

const all = (data: ClearanceProgressData) => [
  ...data.totals,
  ...(data.estimate ? [data.estimate] : []),
  ...data.targets,
  ...data.annual,
];

/** Registry entry: cumulative land cleared against the hazardous area, with the site's projection of the time left. */
export const clearancePaceProgressSpec = defineChart<ClearanceProgressData>({
  id: "clearance-progress",
  section: "clearance",
  text: (edition) => edition.strings.charts.clearancePaceProgress,
  select: selectProgress,
  render: clearancePaceProgress,
  altText,
  table,
  sourceIds: (data) => uniqueSources(all(data)),
  reportedBy: (data) =>
    uniqueReporters([...data.totals, ...(data.estimate ? [data.estimate] : []), ...data.targets]),
});
