import type { ContaminationEstimate } from "../../lib/schemas/contamination.ts";
import { formatDate } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";
import { contaminationEstimates } from "./chart.ts";
import { areaKm2, AREA_METRICS, statedValue } from "./rows.ts";
import { cellSources } from "../parts/cellSources.ts";
import { defineChart } from "../types.ts";
import { uniqueReporters, uniqueSources } from "../parts/uniqueSources.ts";

/** Statements before the 2020 war measure other territory (areas then under government control, or Nagorno-Karabakh). */
export const SINCE = "2020-11";

const isArea = (row: ContaminationEstimate): boolean =>
  (AREA_METRICS as readonly string[]).includes(row.metric);
const when = (row: ContaminationEstimate, edition: Edition): string =>
  formatDate(row.asOf.slice(0, 7), edition.locale, "month");
const statement = (row: ContaminationEstimate, edition: Edition): string =>
  edition.strings.charts.contaminationEstimates.altStatement(
    statedValue(row, edition),
    edition.text(row.reportedBy),
    when(row, edition),
  );

/** The alt text: the range of single-figure area estimates, the largest mine estimate and the latest count of finds. */
function altText(rows: readonly ContaminationEstimate[], edition: Edition): string {
  const t = edition.strings.charts.contaminationEstimates;
  const areas = rows
    .filter((row) => row.metric === "hazardous-area")
    .sort((a, b) => areaKm2(a) - areaKm2(b));
  const mines = rows
    .filter((row) => row.metric === "estimated-mines")
    .sort((a, b) => b.value - a.value);
  const found = rows
    .filter((row) => row.metric === "items-found")
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.reportedBy.localeCompare(b.reportedBy));
  const low = areas[0];
  const high = areas.at(-1);
  const most = mines[0];
  const latest = found.at(-1);
  if (!low || !high || !most || !latest) return t.subtitle;
  // The latest statement of finds may come in parts (mines, other items): name them all, mines first.
  const parts = found
    .filter((row) => row.asOf === latest.asOf && row.reportedBy === latest.reportedBy)
    .sort((a, b) => (a.unit === "mines" ? 0 : 1) - (b.unit === "mines" ? 0 : 1));
  const area =
    low === high
      ? t.altAreaOne(statement(low, edition))
      : t.altArea(statement(low, edition), statement(high, edition));
  const finds = t.altFound(
    new Intl.ListFormat(edition.locale, { type: "conjunction" }).format(
      parts.map((part) => statedValue(part, edition)),
    ),
    edition.text(latest.reportedBy),
    when(latest, edition),
  );
  return `${area} ${t.altMines(statement(most, edition), finds)}`;
}

/** Registry entry: competing estimates of contaminated area and number of mines since the 2020 war, and finds. */
export const contaminationEstimatesSpec = defineChart<ContaminationEstimate[]>({
  id: "how-much-land",
  section: "how-much-land",
  text: (edition) => edition.strings.charts.contaminationEstimates,
  select: (datasets) =>
    datasets.contaminationEstimates.filter(
      (row) => row.asOf >= SINCE && row.metric !== "share-of-territory",
    ),
  render: contaminationEstimates,
  altText,
  table: (rows, edition) => {
    const t = edition.strings.charts.contaminationEstimates;
    return {
      columns: [
        { key: "asOf", label: t.columns.date, format: "date" },
        { key: "metric", label: t.columns.metric, format: "text" },
        { key: "value", label: t.columns.stated, format: "number" },
        { key: "unit", label: t.columns.unit, format: "text" },
        { key: "qualifier", label: t.columns.qualifier, format: "text" },
        { key: "km2", label: t.columns.km2, format: "number" },
        { key: "measures", label: t.columns.measures, format: "text" },
        { key: "reportedBy", label: t.columns.reportedBy, format: "text" },
        { key: "note", label: t.columns.note, format: "text" },
      ],
      rows: rows.map((row) => ({
        asOf: row.asOf,
        metric: t.metrics[row.metric],
        value: row.value,
        unit: t.units[row.unit],
        qualifier: edition.text(row.qualifier),
        km2: isArea(row) ? areaKm2(row) : null,
        measures: edition.text(row.measures),
        reportedBy: edition.text(row.reportedBy),
        note: row.note === undefined ? null : edition.text(row.note),
        sources: row.sources.join(" "),
      })),
      provenance: rows.map((row) =>
        cellSources(
          row,
          isArea(row)
            ? { value: "value", km2: row.unit === "ha" ? { calc: t.conversionMethod } : "value" }
            : ["value"],
          edition.text,
        ),
      ),
    };
  },
  sourceIds: uniqueSources,
  reportedBy: uniqueReporters,
});
