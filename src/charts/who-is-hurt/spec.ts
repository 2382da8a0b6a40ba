import { formatDate, formatNumber } from "../../lib/format.ts";
import { strings } from "../../i18n/index.ts";
import { defineChart } from "../types.ts";
import { hurtCells, latestSplit, whoIsHurt, type SplitRow } from "./chart.ts";

const t = strings.charts.whoIsHurt;

/** Registry entry: civilians and military killed and injured, from the latest running total with the full split. */
export const whoIsHurtSpec = defineChart<SplitRow | null>({
  id: "who-is-hurt",
  section: "who-is-hurt",
  text: t,
  select: (datasets) => latestSplit(datasets.casualtyRunningTotals) ?? null,
  render: whoIsHurt,
  altText: (row) =>
    row
      ? t.alt(
          formatDate(row.asOf),
          row.reportedBy,
          formatNumber(row.killedCivilian),
          formatNumber(row.killedMilitary),
          formatNumber(row.injuredCivilian),
          formatNumber(row.injuredMilitary),
        )
      : t.noSplit,
  table: (row) => ({
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
          reportedBy: row.reportedBy,
          sources: row.sources.join(" "),
        }))
      : [],
  }),
  sourceIds: (row) => (row ? [...row.sources] : []),
  reportedBy: (row) => (row ? [row.reportedBy] : []),
});
