import { formatDate, formatNumber } from "../../lib/format.ts";
import { cellSources } from "../parts/cellSources.ts";
import { defineChart } from "../types.ts";
import { hurtCells, latestSplit, whoIsHurt, type SplitRow } from "./chart.ts";

/** Registry entry: civilians and military killed and injured, from the latest running total with the full split. */
export const whoIsHurtSpec = defineChart<SplitRow | null>({
  id: "who-is-hurt",
  section: "who-is-hurt",
  text: (edition) => edition.strings.charts.whoIsHurt,
  select: (datasets) => latestSplit(datasets.casualtyRunningTotals) ?? null,
  render: whoIsHurt,
  altText: (
    row,
    {
      locale,
      text,
      strings: {
        charts: { whoIsHurt: t },
      },
    },
  ) =>
    row
      ? t.alt(
          formatDate(row.asOf, locale),
          text(row.reportedBy),
          formatNumber(row.killedCivilian, locale),
          formatNumber(row.killedMilitary, locale),
          formatNumber(row.injuredCivilian, locale),
          formatNumber(row.injuredMilitary, locale),
        )
      : t.noSplit,
  table: (
    row,
    {
      text,
      strings: {
        charts: { whoIsHurt: t },
      },
    },
  ) => ({
    columns: [
      { key: "asOf", label: t.columns.asOf, format: "date" },
      { key: "outcome", label: t.columns.outcome, format: "text" },
      { key: "group", label: t.columns.group, format: "text" },
      { key: "people", label: t.columns.people, format: "number" },
      { key: "reportedBy", label: t.columns.reportedBy, format: "text" },
    ],
    rows: row
      ? hurtCells(row).map((cell) => ({
          asOf: row.asOf,
          outcome: cell.outcome === "killed" ? t.killed : t.injured,
          group: cell.group === "civilians" ? t.civilians : t.military,
          people: cell.people,
          reportedBy: text(row.reportedBy),
          sources: row.sources.join(" "),
        }))
      : [],
    provenance: row
      ? hurtCells(row).map((cell) => cellSources(row, { people: cell.field }, text))
      : [],
  }),
  sourceIds: (row) => (row ? [...row.sources] : []),
  reportedBy: (row) => (row ? [row.reportedBy] : []),
});
