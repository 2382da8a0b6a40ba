import type { ClearanceYear } from "../../lib/schemas/clearance.ts";
import { formatNumber } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";
import { itemsFound } from "./chart.ts";
import { countQualifier, itemsByYear } from "./rows.ts";
import { partPeriod } from "../parts/clearanceYear.ts";
import { qualified } from "../../lib/qualifierWords.ts";
import { cellSources } from "../parts/cellSources.ts";
import { defineChart } from "../types.ts";
import { uniqueReporters, uniqueSources } from "../parts/uniqueSources.ts";

/** The rows whose breakdown the chart draws, one per year at most. */
function shownRows(rows: readonly ClearanceYear[]): ClearanceYear[] {
  return itemsByYear(rows).flatMap(({ row }) => (row ? [row] : []));
}

/** Years as a list in the edition's language: "2020, 2022 and 2023". */
const list = (years: readonly number[], locale: string): string =>
  new Intl.ListFormat(locale, { type: "conjunction" }).format(years.map(String));

function altText(rows: readonly ClearanceYear[], edition: Edition): string {
  const t = edition.strings.charts.itemsFound;
  const years = itemsByYear(rows);
  const shown = years.filter((year) => year.row !== null);
  const last = shown.at(-1)?.row;
  if (!last) return t.subtitle;
  const count = (value: number | null): string =>
    qualified(
      formatNumber(value ?? 0, edition.locale),
      countQualifier(last),
      edition.strings.qualifiers,
    );
  const missing = years.filter((year) => year.row === null).map((year) => year.year);
  return t
    .alt(
      list(
        shown.map((year) => year.year),
        edition.locale,
      ),
      String(last.year),
      count(last.apMines),
      count(last.atMines),
      count(last.uxo),
      missing.length > 0 ? t.altMissing(list(missing, edition.locale)) : "",
    )
    .trim();
}

/** Registry entry: mines and unexploded ordnance found per year where a breakdown was published. */
export const itemsFoundSpec = defineChart<readonly ClearanceYear[]>({
  id: "items-found",
  section: "clearance",
  text: (edition) => edition.strings.charts.itemsFound,
  select: (datasets) => datasets.clearanceByYear,
  render: itemsFound,
  altText,
  table: (rows, edition, t = edition.strings.charts.itemsFound) => ({
    columns: [
      { key: "year", label: t.columns.year, format: "text" },
      { key: "period", label: t.columns.period, format: "text" },
      { key: "apMines", label: t.columns.apMines, format: "number" },
      { key: "atMines", label: t.columns.atMines, format: "number" },
      { key: "uxo", label: t.columns.uxo, format: "number" },
      { key: "qualifier", label: t.columns.qualifier, format: "text" },
      { key: "measures", label: t.columns.measures, format: "text" },
      { key: "reportedBy", label: t.columns.reportedBy, format: "text" },
    ],
    rows: shownRows(rows).map((row) => ({
      year: String(row.year),
      period: partPeriod(row, edition) ?? t.fullYear,
      apMines: row.apMines,
      atMines: row.atMines,
      uxo: row.uxo,
      qualifier: edition.text(countQualifier(row)),
      measures: edition.text(row.measures),
      reportedBy: edition.text(row.reportedBy),
      sources: row.sources.join(" "),
    })),
    provenance: shownRows(rows).map((row) =>
      cellSources(row, ["apMines", "atMines", "uxo"], edition.text),
    ),
  }),
  sourceIds: (rows) => uniqueSources(shownRows(rows)),
  reportedBy: (rows) => uniqueReporters(shownRows(rows)),
});
