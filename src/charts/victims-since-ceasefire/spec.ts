import type { CasualtyRunningTotal } from "../../lib/schemas/casualties.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import { strings } from "../../i18n/index.ts";
import { defineChart } from "../types.ts";
import { victimsSinceCeasefire } from "./chart.ts";
import { uniqueReporters, uniqueSources } from "../parts/uniqueSources.ts";

const t = strings.charts.victimsSinceCeasefire;

/** Registry entry: running totals of mine victims since the ceasefire (all counts except civilians-only ones). */
export const victimsSinceCeasefireSpec = defineChart<CasualtyRunningTotal[]>({
  id: "victims-since-ceasefire",
  section: "toll",
  text: t,
  select: (datasets) =>
    datasets.casualtyRunningTotals.filter((row) => row.scope !== "civilians-only"),
  render: victimsSinceCeasefire,
  altText: (rows) => {
    const totals = rows.filter((row) => row.total !== null);
    const first = totals[0];
    const last = totals.at(-1);
    if (!first || !last || first.total === null || last.total === null) return t.subtitle;
    return t.alt(
      formatNumber(first.total),
      formatDate(first.asOf, undefined, "month"),
      formatNumber(last.total),
      formatDate(last.asOf, undefined, "month"),
      rows.length,
    );
  },
  table: (rows) => ({
    columns: [
      { key: "asOf", label: t.columns.date, format: "date" },
      { key: "total", label: t.columns.total, format: "number" },
      { key: "killed", label: t.columns.killed, format: "number" },
      { key: "injured", label: t.columns.injured, format: "number" },
      { key: "reportedBy", label: t.columns.reportedBy, format: "text" },
    ],
    rows: rows.map((row) => ({
      asOf: row.asOf,
      total: row.total,
      killed: row.killed,
      injured: row.injured,
      reportedBy: row.reportedBy,
      sources: row.sources.join(" "),
    })),
  }),
  sourceIds: uniqueSources,
  reportedBy: uniqueReporters,
});
